import { useState } from 'preact/hooks';
import type { Loaded } from '../api';
import { useApi } from '../api';
import { useT } from '../i18n';
import { href } from '../router';

interface ActorOption {
  code: string;
  names: string[];
  events: number;
}

/** Two actor fields (with the known actors as suggestions) that open the pair's view. */
export function DyadPicker({ initial = ['', ''] }: { initial?: [string, string] }) {
  const { t } = useT();
  const [a, setA] = useState(initial[0]);
  const [b, setB] = useState(initial[1]);
  const actors: Loaded<{ actors: ActorOption[] }> = useApi('api/actors?limit=100');
  const submit = (e: Event) => {
    e.preventDefault();
    if (a.trim() && b.trim()) location.hash = href(['dyad', a.trim().toUpperCase(), b.trim().toUpperCase()]);
  };
  return (
    <form class="inline-form dyad-picker" onSubmit={submit}>
      <label>
        {t('actorA')}
        <input name="a" list="actor-codes" value={a} onInput={(e) => setA(e.currentTarget.value)} size={8} required pattern="[A-Za-z0-9]{2,12}" />
      </label>
      <label>
        {t('actorB')}
        <input name="b" list="actor-codes" value={b} onInput={(e) => setB(e.currentTarget.value)} size={8} required pattern="[A-Za-z0-9]{2,12}" />
      </label>
      <button type="submit">{t('showDyad')}</button>
      <datalist id="actor-codes">
        {actors.data?.actors.map((o) => (
          <option key={o.code} value={o.code}>
            {o.names.join(', ')}
          </option>
        ))}
      </datalist>
    </form>
  );
}
