/**
 * ISO 3166-1 numeric ids (as world-atlas names its shapes) to the alpha-3 codes events use.
 * Covers the countries of the 1:110m map; shapes without an ISO id (N. Cyprus, Somaliland, Kosovo)
 * are drawn but not coloured.
 */
export const ALPHA3_BY_NUMERIC: Record<string, string> = {
  '242': 'FJI', '834': 'TZA', '732': 'ESH', '124': 'CAN', '840': 'USA', '398': 'KAZ', '860': 'UZB', '598': 'PNG',
  '360': 'IDN', '032': 'ARG', '152': 'CHL', '180': 'COD', '706': 'SOM', '404': 'KEN', '729': 'SDN', '148': 'TCD',
  '332': 'HTI', '214': 'DOM', '643': 'RUS', '044': 'BHS', '238': 'FLK', '578': 'NOR', '304': 'GRL', '260': 'ATF',
  '626': 'TLS', '710': 'ZAF', '426': 'LSO', '484': 'MEX', '858': 'URY', '076': 'BRA', '068': 'BOL', '604': 'PER',
  '170': 'COL', '591': 'PAN', '188': 'CRI', '558': 'NIC', '340': 'HND', '222': 'SLV', '320': 'GTM', '084': 'BLZ',
  '862': 'VEN', '328': 'GUY', '740': 'SUR', '250': 'FRA', '218': 'ECU', '630': 'PRI', '388': 'JAM', '192': 'CUB',
  '716': 'ZWE', '072': 'BWA', '516': 'NAM', '686': 'SEN', '466': 'MLI', '478': 'MRT', '204': 'BEN', '562': 'NER',
  '566': 'NGA', '120': 'CMR', '768': 'TGO', '288': 'GHA', '384': 'CIV', '324': 'GIN', '624': 'GNB', '430': 'LBR',
  '694': 'SLE', '854': 'BFA', '140': 'CAF', '178': 'COG', '266': 'GAB', '226': 'GNQ', '894': 'ZMB', '454': 'MWI',
  '508': 'MOZ', '748': 'SWZ', '024': 'AGO', '108': 'BDI', '376': 'ISR', '422': 'LBN', '450': 'MDG', '275': 'PSE',
  '270': 'GMB', '788': 'TUN', '012': 'DZA', '400': 'JOR', '784': 'ARE', '634': 'QAT', '414': 'KWT', '368': 'IRQ',
  '512': 'OMN', '548': 'VUT', '116': 'KHM', '764': 'THA', '418': 'LAO', '104': 'MMR', '704': 'VNM', '408': 'PRK',
  '410': 'KOR', '496': 'MNG', '356': 'IND', '050': 'BGD', '064': 'BTN', '524': 'NPL', '586': 'PAK', '004': 'AFG',
  '762': 'TJK', '417': 'KGZ', '795': 'TKM', '364': 'IRN', '760': 'SYR', '051': 'ARM', '752': 'SWE', '112': 'BLR',
  '804': 'UKR', '616': 'POL', '040': 'AUT', '348': 'HUN', '498': 'MDA', '642': 'ROU', '440': 'LTU', '428': 'LVA',
  '233': 'EST', '276': 'DEU', '100': 'BGR', '300': 'GRC', '792': 'TUR', '008': 'ALB', '191': 'HRV', '756': 'CHE',
  '442': 'LUX', '056': 'BEL', '528': 'NLD', '620': 'PRT', '724': 'ESP', '372': 'IRL', '540': 'NCL', '090': 'SLB',
  '554': 'NZL', '036': 'AUS', '144': 'LKA', '156': 'CHN', '158': 'TWN', '380': 'ITA', '208': 'DNK', '826': 'GBR',
  '352': 'ISL', '031': 'AZE', '268': 'GEO', '608': 'PHL', '458': 'MYS', '096': 'BRN', '705': 'SVN', '246': 'FIN',
  '703': 'SVK', '203': 'CZE', '232': 'ERI', '392': 'JPN', '600': 'PRY', '887': 'YEM', '682': 'SAU', '010': 'ATA',
  '196': 'CYP', '504': 'MAR', '818': 'EGY', '434': 'LBY', '231': 'ETH', '262': 'DJI', '800': 'UGA', '646': 'RWA',
  '070': 'BIH', '807': 'MKD', '688': 'SRB', '499': 'MNE', '780': 'TTO', '728': 'SSD',
};
