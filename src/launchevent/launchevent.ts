/**
 * The event-handler file: built to dist/launchevent.js, one self-contained
 * ES2016 script for classic Outlook's JavaScript-only runtime, and loaded by
 * launchevent.html in Outlook on the web, new Outlook and Mac.
 *
 * The names are the manifest's FunctionName values. `Office.actions.associate`
 * must run at the top level of this file: the JavaScript-only runtime looks
 * the handlers up as soon as the script has run, and never calls Office.onReady.
 */
// First: built-ins an ES2016 engine may lack, before any module that uses them runs.
import "./es2016-builtins";
import { onMessageRecipientsChangedHandler, onMessageSendHandler, onNewMessageComposeHandler } from "./handlers";

Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
Office.actions.associate("onNewMessageComposeHandler", onNewMessageComposeHandler);
Office.actions.associate("onMessageRecipientsChangedHandler", onMessageRecipientsChangedHandler);
