/**
 * Swedish working days, Stockholm time and response deadlines. Pure: dates
 * and instants come in as arguments; nothing here reads the clock, Intl or
 * the machine's time zone.
 */
export {
  calendarDate,
  isValidCalendarDate,
  parseIsoDate,
  formatIsoDate,
  toDayNumber,
  fromDayNumber,
  addDays,
  weekday,
  compareDates,
  sameDate,
  type CalendarDate,
  type Weekday,
} from "./date";
export {
  instantMs,
  stockholmOffsetMinutes,
  stockholmDate,
  stockholmClockTime,
  stockholmInstant,
  formatStockholmDateTime,
  summerTimeBounds,
  type Instant,
  type ClockTime,
} from "./stockholm";
export {
  easterSunday,
  swedishHolidays,
  holidaysOn,
  holidayName,
  holidayNameOf,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  addWorkingDays,
  type Holiday,
  type HolidayId,
} from "./holidays";
export { deadlineFor, type ResponseRule, type ResponseRuleKind, type Deadline } from "./deadline";
export { formatDate, formatSwedishDate, type FormatDateOptions } from "./format";
export { formatClock, formatTimeOfDay, formatStockholmMoment } from "./moment";
