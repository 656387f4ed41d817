import { describe, expect, it } from "vitest";
import { absenceEventSubject, absenceOperations, bookByDefault, renderAbsenceTexts, replyHtml, replyText } from "../../../src/core";
import { profile } from "../helpers";
import { plan } from "./helpers";

describe("what saving asks of Graph", () => {
  it("schedules the reply for the period in the mailbox's time zone, with the profile's audience, then books the calendar", () => {
    const p = plan({ english: true });
    const texts = renderAbsenceTexts(p, profile("oxelosund"));
    const operations = absenceOperations(p, texts, profile("oxelosund"), "W. Europe Standard Time", true);
    expect(operations.map((o) => o.operation)).toEqual(["setAutomaticReplies", "createAbsenceEvent"]);
    expect(operations[0]).toMatchObject({
      setting: {
        status: "scheduled",
        externalAudience: "all",
        scheduledStartDateTime: { dateTime: "2026-06-29T00:00:00", timeZone: "W. Europe Standard Time" },
        scheduledEndDateTime: { dateTime: "2026-08-07T23:59:00", timeZone: "W. Europe Standard Time" },
      },
    });
    expect(operations[1]).toEqual({
      operation: "createAbsenceEvent",
      event: {
        subject: "SEM: Semester",
        start: { dateTime: "2026-06-29T00:00:00", timeZone: "W. Europe Standard Time" },
        end: { dateTime: "2026-08-07T23:59:00", timeZone: "W. Europe Standard Time" },
      },
    });
    expect(absenceOperations(p, texts, profile("oxelosund"), "UTC", false)).toHaveLength(1);
  });

  it("puts the phone code first where the kind has one, and books by default only then", () => {
    expect(absenceEventSubject({ kindId: "tjansteresa" }, profile("oxelosund"))).toBe("TJÄ: Tjänsteresa");
    expect(absenceEventSubject({ kindId: "foraldraledighet" }, profile("oxelosund"))).toBe("Föräldraledighet");
    expect(absenceEventSubject({ kindId: "semester" }, profile("sjobo"))).toBe("Semester");
    expect(bookByDefault({ kindId: "semester" }, profile("oxelosund"))).toBe(true);
    expect(bookByDefault({ kindId: "semester" }, profile("sjobo"))).toBe(false);
  });

  it("stores the text as simple HTML, escaped, and reads it back", () => {
    const html = replyHtml("Rad ett\nrad <två>\n\nStycke & två");
    expect(html).toBe("<html><body><p>Rad ett<br>rad &lt;två&gt;</p><p>Stycke &amp; två</p></body></html>");
    expect(replyText(html)).toBe("Rad ett\nrad <två>\n\nStycke & två");
  });
});
