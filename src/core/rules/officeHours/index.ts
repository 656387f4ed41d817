/**
 * Sending outside office hours (Sjöbo: "Vi e-postar i största möjliga mån
 * under kontorstid, vid annan arbetstid är rekommendationen att spara
 * e-post som utkast och skicka vid nästföljande ordinarie arbetsdag,
 * alternativt skicka med fördröjning"). Office hours are the profile's
 * start and end (07:00-18:00 by default, both minutes inside) on Swedish
 * working days (src/core/calendar: no weekends, public holidays or the
 * three eves), in Stockholm time.
 *
 * The instant is that of the check (`context.now`, which the caller gives;
 * without it nothing is reported). A delivery time the writer has set (by
 * this rule's action or in Outlook) is their choice and is trusted, unless it
 * has already passed. The finding carries one action, delayed delivery to
 * the next working morning; its text says the same in words (save as a
 * draft, or delay), so it holds where the client cannot delay delivery and
 * the button is not shown.
 */
import type { DelayDeliveryAction } from "../../actions/types";
import { addDays, sameDate, type CalendarDate } from "../../calendar/date";
import { formatDate } from "../../calendar/format";
import { holidayName, isWorkingDay, nextWorkingDay } from "../../calendar/holidays";
import { formatClock, formatStockholmMoment, formatTimeOfDay } from "../../calendar/moment";
import { stockholmClockTime, stockholmDate, stockholmInstant } from "../../calendar/stockholm";
import type { Localized } from "../../i18n/locale";
import { uncounted } from "../send-data";
import { defineRule } from "../types";
import type { OfficeHoursOptions } from "./options";
import texts from "./texts.json";

function minutesOf(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

function both(make: (locale: "sv" | "en") => string): Localized {
  return { sv: make("sv"), en: make("en") };
}

/** "i morgon kl. 07.00", "måndag 16 juni kl. 07.00". */
function nextText(next: CalendarDate, today: CalendarDate, hour: number, minute: number): Localized {
  return both((locale) => {
    const clock = formatClock(hour, minute, locale);
    if (sameDate(next, today)) return locale === "sv" ? `i dag ${clock}` : `today at ${clock}`;
    if (sameDate(next, addDays(today, 1))) return locale === "sv" ? `i morgon ${clock}` : `tomorrow at ${clock}`;
    return locale === "sv" ? `${formatDate(next, locale, { weekday: "long" })} ${clock}` : `on ${formatDate(next, locale, { weekday: "long" })} at ${clock}`;
  });
}

/** The button: "Fördröj till mån kl. 07.00" (it sets the time; the writer still presses Skicka). */
function buttonTitle(next: CalendarDate, today: CalendarDate, hour: number, minute: number): Localized {
  return both((locale) => {
    const day = sameDate(next, today)
      ? ""
      : sameDate(next, addDays(today, 1))
        ? locale === "sv" ? "i morgon " : "tomorrow "
        : `${formatDate(next, locale, { weekday: "short" }).split(" ")[0]} `;
    return `${locale === "sv" ? "Fördröj till" : "Delay to"} ${day}${formatClock(hour, minute, locale)}`;
  });
}

export const officeHoursRule = defineRule({
  meta: {
    id: "officeHours",
    description: texts.description,
    guideline: "officeHours",
    enabledByDefault: false,
    defaultLevel: "warning",
    defaultOptions: { start: "07:00", end: "18:00", exemptEveningAndWeekendWork: false } as OfficeHoursOptions,
    send: {
      category: "form",
      summary: uncounted("en avsändningstid utanför kontorstid", "a sending time outside office hours"),
      todo: uncounted("spara det som utkast och skicka det nästa arbetsdag, eller fördröj leveransen", "save it as a draft and send it on the next working day, or delay its delivery"),
    },
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },
  check(context) {
    const { message, options } = context;
    const at = context.now;
    if (message.mode !== "compose" || at === undefined || options.exemptEveningAndWeekendWork) return;
    if (message.delayedUntil !== undefined && message.delayedUntil > at) return;
    const start = minutesOf(options.start);
    const end = minutesOf(options.end);
    const today = stockholmDate(at);
    const clock = stockholmClockTime(at);
    const minute = clock.hour * 60 + clock.minute;
    const working = isWorkingDay(today);
    if (working && minute >= start && minute <= end) return;

    const next = working && minute < start ? today : nextWorkingDay(today);
    const startHour = Math.floor(start / 60);
    const startMinute = start % 60;
    const until = stockholmInstant(next, { hour: startHour, minute: startMinute });
    const hours = both((locale) => `${formatTimeOfDay(startHour, startMinute, locale)}–${formatTimeOfDay(Math.floor(end / 60), end % 60, locale)}`);
    const when: Localized = working
      ? both((locale) => `${locale === "sv" ? "Klockan är" : "It is"} ${formatTimeOfDay(clock.hour, clock.minute, locale)}`)
      : both((locale) => `${locale === "sv" ? "Det är" : "It is"} ${holidayName(today, locale) ?? formatDate(today, locale, { weekday: "long" })}`);
    const nextWords = nextText(next, today, startHour, startMinute);
    const action: DelayDeliveryAction = {
      type: "delayDelivery",
      id: "delayDelivery",
      title: buttonTitle(next, today, startHour, startMinute),
      label: { sv: `Fördröj leveransen till ${nextWords.sv}`, en: `Delay delivery until ${formatStockholmMoment(until, "en", { weekday: "long" })}` },
      until: new Date(until).toISOString(),
    };
    context.report({
      messageId: "outside",
      data: { when, hours, next: nextWords },
      severity: "warning",
      field: "body",
      actions: [action],
    });
  },
});
