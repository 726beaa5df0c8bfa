import { errorMessage } from '../../../shared/error-message';
import { useState } from 'react';
import { formatInstantInZone } from '../../../shared/zoned-time';
import { choosePublishFolder, isDesktop } from '../../platform/platform';
import { usePublishStore } from '../../stores/publish-store';
import './publish.css';

/** "Publish to a folder": choose a folder on desktop; in a browser, say plainly why it is not offered. */
export function PublishSection({ timeZone }: { timeZone: string }) {
  const folder = usePublishStore((state) => state.folder);
  const lastWritten = usePublishStore((state) => state.lastWritten);
  const error = usePublishStore((state) => state.error);
  const choose = usePublishStore((state) => state.choose);
  const stop = usePublishStore((state) => state.stop);
  const [chooseError, setChooseError] = useState<string | null>(null);
  if (!isDesktop()) {
    return (
      <section className="publish" aria-labelledby="publish-title">
        <h3 id="publish-title">Publish to a folder</h3>
        <p className="publish__note">
          Publishing to a folder needs the desktop app; in the browser, use Save file… to export by hand.
        </p>
      </section>
    );
  }
  const pick = () => {
    setChooseError(null);
    choosePublishFolder().then(
      (result) => {
        if (result.status === 'chosen') choose(result.folder);
        else if (result.status === 'unavailable') setChooseError(result.message);
      },
      (reason: unknown) => setChooseError(errorMessage(reason, 'The folder could not be chosen.')),
    );
  };
  return (
    <section className="publish" aria-labelledby="publish-title">
      <h3 id="publish-title">Publish to a folder</h3>
      <p className="publish__note">
        Tierline rewrites <code>tierline.ics</code> and <code>tierline-schedule.md</code> in the folder about
        a second after every change, so a synced folder can serve your team a calendar to subscribe to.
        Tierline forgets the folder when it quits.
      </p>
      <div className="publish__row">
        <button type="button" onClick={pick}>
          {folder ? 'Choose another folder…' : 'Choose folder…'}
        </button>
        {folder ? (
          <button type="button" onClick={stop}>
            Stop publishing
          </button>
        ) : null}
      </div>
      <p className="publish__status" role="status">
        {folder
          ? `Publishing to ${folder}${lastWritten ? `, last written ${formatInstantInZone(lastWritten, timeZone)}` : ', writing…'}`
          : 'Not publishing.'}
      </p>
      {error || chooseError ? (
        <p className="publish__error" role="alert">
          {error ?? chooseError}
        </p>
      ) : null}
    </section>
  );
}
