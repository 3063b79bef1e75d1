import { spawn } from 'node:child_process';

/**
 * Opens the planner's URL in the user's default browser. The URL is passed as one
 * argument (never through a shell), and it is always our own http://127.0.0.1 address.
 */
export interface BrowserCommand {
  command: string;
  args: string[];
}

export function browserCommand(url: string, platform: NodeJS.Platform = process.platform): BrowserCommand {
  if (!/^http:\/\/127\.0\.0\.1:\d{1,5}\/(#token=[A-Za-z0-9_-]+)?$/.test(url)) {
    throw new Error(`openBrowser: only the planner's own loopback address may be opened, not ${url}`);
  }
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // Not `cmd /c start`: that would run the URL through cmd's parser. This opens it directly.
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  return { command: 'xdg-open', args: [url] };
}

export function openBrowser(url: string, onFailure: (error: Error) => void): void {
  const { command, args } = browserCommand(url);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', onFailure);
    child.unref();
  } catch (error) {
    onFailure(error as Error);
  }
}
