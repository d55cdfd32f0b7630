// Choose two versions to compare: a plain GET form, so the result has a stable URL.
export function VersionPicker(props: { action: string; versions: number[]; from: number; to: number; mode: 'inline' | 'split' }) {
  const options = props.versions.map((v) => (
    <option key={v} value={v}>
      Version {v}
    </option>
  ));
  return (
    <form className="version-picker" method="get" action={props.action}>
      <label>
        From{' '}
        <select name="from" defaultValue={props.from}>
          {options}
        </select>
      </label>
      <label>
        to{' '}
        <select name="to" defaultValue={props.to}>
          {options}
        </select>
      </label>
      {props.mode === 'split' && <input type="hidden" name="view" value="split" />}
      <button type="submit" className="button secondary">
        Compare
      </button>
    </form>
  );
}
