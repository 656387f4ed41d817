/** Values webpack's DefinePlugin fills in (see webpack.config.js). Not for src/core. */
declare const __POSTVAKT_PROFILE__: string;
declare const __POSTVAKT_DEMO__: boolean;
/** Microsoft Graph (nested app authentication) client id for the directory lookup; "" when not configured. */
declare const __POSTVAKT_GRAPH_CLIENT_ID__: string;
