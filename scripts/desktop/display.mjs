// Electron needs a display. On a Linux machine without one (a CI runner, an SSH
// session) the suite runs under a virtual X server through xvfb-run; Windows and macOS
// always have one.

/**
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 */
export function needsVirtualDisplay(platform, env) {
  return platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

/** The command line that runs `command args` with a display: as is, or under `xvfb-run -a`. */
export function withDisplay(platform, env, command, args) {
  if (!needsVirtualDisplay(platform, env)) return { command, args };
  return { command: 'xvfb-run', args: ['-a', '--server-args=-screen 0 1600x1000x24', command, ...args] };
}
