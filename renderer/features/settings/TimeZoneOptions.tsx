import { memo, useMemo } from 'react';

// Its own module, apart from the settings dialog, so the app shell can render it without loading
// the dialog at start (issue 13).
/** Every IANA zone the runtime knows, offered as suggestions to zone fields. */
export const TimeZoneOptions = memo(function TimeZoneOptions() {
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  return (
    <datalist id="tierline-zones">
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
});
