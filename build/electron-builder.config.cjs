// electron-builder configuration: `npm run dist` (scripts/build-dist.mjs). Needs internet
// the first time (it downloads Electron and better-sqlite3's prebuilt binary for each
// target). See docs/security.md for why each hardening option is set.

/** What better-sqlite3 needs at run time: not its C sources, build objects or test addon. */
const NATIVE_RUNTIME = [
  'node_modules/better-sqlite3/package.json',
  'node_modules/better-sqlite3/lib/**',
  'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  'node_modules/bindings/**',
  'node_modules/file-uri-to-path/**',
];

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'nl.wijkteamplanner.app',
  productName: 'Wijkteamplanner',
  copyright: 'EUPL-1.2',
  directories: { output: 'release', buildResources: 'build' },

  // Only what runs: the bundled main/preload (every JavaScript dependency is inside
  // them, see scripts/build-electron.mjs), the built renderer, the window icon, and of
  // node_modules only better-sqlite3's runtime (its JS, its binding loader, the addon).
  files: [
    'out/electron/**',
    'out/renderer/**',
    'build/icons/png/256x256.png',
    'package.json',
    '!**/*.map',
    '!node_modules/**/*',
    ...NATIVE_RUNTIME,
  ],
  asar: true,
  // A native addon cannot be loaded from inside the asar archive.
  // Native addons, and the composer's worker with its WebAssembly: a worker thread cannot
  // start from a file inside the asar archive (node/compose/workerLocation.ts).
  asarUnpack: ['**/*.node', 'out/electron/highsWorker.cjs', 'out/electron/highs.wasm'],
  // Rebuilds better-sqlite3 for the packaged Electron (scripts/build-dist.mjs restores
  // the Node build afterwards, so `npm test` keeps working).
  npmRebuild: true,

  // Flipped by electron-builder before it signs, so signatures stay valid (an afterPack
  // hook with @electron/fuses would run before signing too, but this is the built-in path).
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    // Off in every release. Only the build `npm run test:desktop` packs for itself turns it
    // on: Playwright's Electron support drives the main process through the inspector.
    enableNodeCliInspectArguments: process.env.WTP_DESKTOP_TEST_BUILD === '1',
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },

  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons/png',
    category: 'Office',
    synopsis: 'Wijkteams samenstellen en competenties in beeld brengen',
    description:
      'Ontwerp de samenstelling van een wijkteam en zie hoe het functies en competenties dekt. Alle gegevens blijven op deze computer.',
    maintainer: 'Wijkteamplanner <wijkteamplanner@example.invalid>',
    desktop: {
      entry: {
        Name: 'Wijkteamplanner',
        Comment: 'Wijkteams samenstellen',
        'Comment[en]': 'Compose neighbourhood teams',
      },
    },
  },
  deb: { packageCategory: 'office' },
  appImage: { artifactName: 'Wijkteamplanner-${version}-${arch}.AppImage' },

  win: { target: ['nsis'], icon: 'build/icons/icon.png' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['nl_NL', 'en_US'],
    language: '1043',
    shortcutName: 'Wijkteamplanner',
    artifactName: 'Wijkteamplanner-Setup-${version}.${ext}',
  },

  mac: {
    target: ['dmg'],
    icon: 'build/icons/icon.png',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: { title: 'Wijkteamplanner ${version}', artifactName: 'Wijkteamplanner-${version}.${ext}' },

  // Nothing is uploaded anywhere by a build.
  publish: null,
};
