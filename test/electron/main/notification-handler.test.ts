import { describe, expect, it } from 'vitest';
import type { IpcEventLike } from '../../../electron/main/ipc-guard';
import { IpcRefusedError } from '../../../electron/main/ipc-guard';
import {
  createNotificationHandler,
  type NotificationDeps,
} from '../../../electron/main/notification-handler';

const trusted: IpcEventLike = { senderFrame: { url: 'app://tierline/index.html' } };
const DIGEST = { title: 'Tierline: your work today', body: '3 items due today, 2 overdue' };

function fake(outcome: 'clicked' | 'closed' = 'closed', supported = true) {
  const calls: string[] = [];
  const deps: NotificationDeps = {
    notificationsSupported: () => supported,
    showNotification: (request) => {
      calls.push(`show ${JSON.stringify(request)}`);
      return Promise.resolve(outcome);
    },
    focusWindow: () => calls.push('focus'),
  };
  return { deps, calls };
}

describe('notification:show', () => {
  it('shows exactly the title and body it was given and reports a close', async () => {
    const { deps, calls } = fake('closed');
    await expect(createNotificationHandler(deps)(trusted, DIGEST)).resolves.toEqual({ status: 'closed' });
    expect(calls).toEqual([`show ${JSON.stringify(DIGEST)}`]);
  });

  it('brings the window forward when the planner clicks it', async () => {
    const { deps, calls } = fake('clicked');
    await expect(createNotificationHandler(deps)(trusted, DIGEST)).resolves.toEqual({ status: 'clicked' });
    expect(calls.at(-1)).toBe('focus');
  });

  it('says so, and shows nothing, where the system has no notifications', async () => {
    const { deps, calls } = fake('clicked', false);
    await expect(createNotificationHandler(deps)(trusted, DIGEST)).resolves.toEqual({
      status: 'unsupported',
    });
    expect(calls).toEqual([]);
  });
});

describe('hostile input: notification requests', () => {
  const refused: [string, IpcEventLike, unknown[]][] = [
    ['a sender outside the app', { senderFrame: { url: 'https://evil.example/' } }, [DIGEST]],
    ['no argument', trusted, []],
    ['two arguments', trusted, [DIGEST, DIGEST]],
    ['a string instead of the request', trusted, ['3 items due today']],
    ['an empty title', trusted, [{ ...DIGEST, title: '' }]],
    ['a blank body', trusted, [{ ...DIGEST, body: '   ' }]],
    ['a body of 100,000 characters', trusted, [{ ...DIGEST, body: 'x'.repeat(100_000) }]],
    ['control characters in the title', trusted, [{ ...DIGEST, title: 'Tierline\u0000\u001b[31m' }]],
    ['an extra icon field', trusted, [{ ...DIGEST, icon: '/etc/passwd' }]],
    ['an extra actions field', trusted, [{ ...DIGEST, actions: [{ type: 'button', text: 'Run' }] }]],
    ['a number as the body', trusted, [{ ...DIGEST, body: 3 }]],
  ];
  for (const [name, event, args] of refused) {
    it(`refuses ${name} and shows nothing`, async () => {
      const { deps, calls } = fake('clicked');
      await expect(createNotificationHandler(deps)(event, ...args)).rejects.toThrow(
        new IpcRefusedError(
          event === trusted
            ? 'notification:show: refused, invalid arguments'
            : 'notification:show: refused, the sender is not the app',
        ),
      );
      expect(calls).toEqual([]);
    });
  }
});
