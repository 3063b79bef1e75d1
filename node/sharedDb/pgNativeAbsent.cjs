// Stands in for the optional 'pg-native' package in the Electron bundle: node-postgres
// only loads it when asked for its native binding, which the planner never does. Without
// this, the bundle would keep a require() of a package the packaged app does not ship.
throw new Error('pg-native is not part of the Wijkteamplanner build');
