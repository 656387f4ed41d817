/** Values webpack's DefinePlugin fills in (see webpack.config.js). Not for src/core. */
declare const __POSTVAKT_PROFILE__: string;
declare const __POSTVAKT_DEMO__: boolean;
