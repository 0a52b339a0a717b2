// Compact binary container for trained models: a JSON header plus typed-array sections, gzipped.
// Layout before gzip: "PRT1", u32 header byte length, header JSON, then each section's bytes at
// an 8-byte-aligned offset the header records.
import { gunzipSync, gzipSync } from 'node:zlib';

export type SectionArray = Int32Array | Float32Array | Int16Array | Uint8Array | Uint16Array;

const ARRAY_TYPES = {
  Int32Array,
  Float32Array,
  Int16Array,
  Uint8Array,
  Uint16Array,
} as const;
type ArrayTypeName = keyof typeof ARRAY_TYPES;

export interface ModelContents {
  header: Record<string, unknown>;
  sections: Record<string, SectionArray>;
}

interface SectionInfo {
  type: ArrayTypeName;
  offset: number;
  length: number;
}

const MAGIC = 'PRT1';

export function encodeModel(contents: ModelContents): Buffer {
  const infos: Record<string, SectionInfo> = {};
  let offset = 0;
  for (const [name, array] of Object.entries(contents.sections)) {
    infos[name] = { type: array.constructor.name as ArrayTypeName, offset, length: array.length };
    offset += Math.ceil(array.byteLength / 8) * 8;
  }
  const headerBytes = Buffer.from(JSON.stringify({ header: contents.header, sections: infos }), 'utf8');
  const start = Math.ceil((8 + headerBytes.length) / 8) * 8;
  const out = Buffer.alloc(start + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(out, 8);
  for (const [name, array] of Object.entries(contents.sections)) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, start + infos[name].offset);
  }
  return gzipSync(out, { level: 9 });
}

export function decodeModel(gzipped: Buffer): ModelContents {
  const raw = gunzipSync(gzipped);
  if (raw.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a Paraat model file');
  const headerLength = raw.readUInt32LE(4);
  const parsed = JSON.parse(raw.toString('utf8', 8, 8 + headerLength)) as {
    header: Record<string, unknown>;
    sections: Record<string, SectionInfo>;
  };
  const start = Math.ceil((8 + headerLength) / 8) * 8;
  // Copy into a fresh aligned buffer so every typed array view is aligned.
  const body = new ArrayBuffer(raw.length - start);
  new Uint8Array(body).set(raw.subarray(start));
  const sections: Record<string, SectionArray> = {};
  for (const [name, info] of Object.entries(parsed.sections)) {
    const Type = ARRAY_TYPES[info.type];
    sections[name] = new Type(body, info.offset, info.length);
  }
  return { header: parsed.header, sections };
}
