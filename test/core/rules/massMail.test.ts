import { createMailMessage, type MailMessage, type RecipientField } from "../../../src/core";
import { massMailRule } from "../../../src/core/rules/massMail";
import { ruleTester } from "./rule-tester";

function message(counts: Partial<Record<RecipientField, number>>, extra: { field: RecipientField; address: string }[] = [], mode: "compose" | "read" = "compose"): MailMessage {
  const recipients = (Object.entries(counts) as [RecipientField, number][]).flatMap(([field, n]) =>
    Array.from({ length: n }, (_, i) => ({ field, address: `${field}${i + 1}@exempel.se` })),
  );
  return createMailMessage({ mode, subject: "Inbjudan till samråd", body: { text: "Välkomna!" }, recipients: [...recipients, ...extra] });
}
const oxelosund = { profile: "oxelosund" } as const;

ruleTester(massMailRule, {
  valid: [
    { name: "thirty visible recipients, the limit itself", message: message({ to: 20, cc: 10 }), ...oxelosund },
    { name: "two hundred in Bcc and one on To", message: message({ to: 1, bcc: 200 }), ...oxelosund },
    { name: "thirty-one entries that are thirty addresses", message: message({ to: 30 }, [{ field: "cc", address: "TO1@exempel.se" }]), ...oxelosund },
    { name: "reading a message sent to many", message: message({ to: 80 }, [], "read"), ...oxelosund },
    { name: "a group address the profile does not list", message: message({ to: 1 }, [{ field: "to", address: "alla@oxelosund.se" }]), ...oxelosund },
  ],
  invalid: [
    {
      name: "thirty-one visible recipients",
      message: message({ to: 21, cc: 10 }),
      ...oxelosund,
      errors: [{ messageId: "many", severity: "warning", field: "recipients", text: "Meddelandet går till 31 synliga mottagare" }],
    },
    { name: "the profile's own limit", message: message({ to: 11 }), ...oxelosund, setting: { options: { maxVisibleRecipients: 10 } }, errors: [{ messageId: "many", text: "11 synliga" }] },
    {
      name: "a large group address the profile lists, even in Bcc",
      message: message({ to: 1 }, [{ field: "bcc", address: "Alla.Anstallda@oxelosund.se" }]),
      ...oxelosund,
      setting: { options: { largeGroups: ["alla.anstallda@oxelosund.se"] } },
      errors: [{ messageId: "group", text: "gruppadressen Alla.Anstallda@oxelosund.se" }],
    },
    { name: "Mjölby makes it a note", message: message({ to: 40 }), profile: "mjolby", setting: "info", errors: [{ messageId: "many", severity: "info" }] },
    { name: "in English", message: message({ to: 31 }), ...oxelosund, lint: { locale: "en" }, errors: [{ messageId: "many", text: "31 visible recipients, a mass mailing" }] },
  ],
});
