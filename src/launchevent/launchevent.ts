/**
 * The event-handler file: built to dist/launchevent.js, one self-contained
 * ES2016 script for classic Outlook's JavaScript-only runtime, and loaded by
 * launchevent.html in Outlook on the web, new Outlook and Mac.
 *
 * The names are the manifest's FunctionName values. `Office.actions.associate`
 * must run at the top level of this file: the JavaScript-only runtime looks
 * the handlers up as soon as the script has run, and never calls Office.onReady.
 */
// The built-ins an ES2016 engine may lack (es2016-builtins.ts) are not imported here: webpack.config.js
// puts them at the very top of the built file, before the helpers that lowering to ES2016 adds.
import { onMessageRecipientsChangedHandler, onMessageSendHandler, onNewMessageComposeHandler } from "./handlers";

Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
Office.actions.associate("onNewMessageComposeHandler", onNewMessageComposeHandler);
Office.actions.associate("onMessageRecipientsChangedHandler", onMessageRecipientsChangedHandler);
