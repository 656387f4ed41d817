/**
 * The registrar edition's manifest, derived from manifest.xml at build time
 * (webpack writes dist/manifest-registrar.xml; never edit a copy by hand).
 *
 * It is the same add-in with the one thing registrars need that everyone
 * else should not have: item multi-select (Mailbox 1.13), which Outlook
 * grants only with the read/write mailbox permission. So it gets its own
 * Id and name, Permissions ReadWriteMailbox, and on the read ribbon of
 * VersionOverrides 1.1 SupportsMultiSelect and SupportsNoItemContext, with a
 * pane URL (taskpane.html?multiselect=1) that tells the pane to follow the
 * selection. An organisation assigns one edition per person: registrars get
 * this one instead of the ordinary one, so the send check runs once.
 *
 * Each change must find its anchor exactly once; a manifest.xml that has
 * moved on makes the build fail here rather than ship a half-changed copy.
 */

const REGISTRAR_ID = "5d0c1f3e-8a2b-4c7d-9e61-2b7f4a9c0d15";

function replaceOnce(xml, from, to, what) {
  const at = xml.indexOf(from);
  if (at < 0 || xml.indexOf(from, at + from.length) >= 0) {
    throw new Error(`registrar manifest: ${what} not found exactly once in manifest.xml`);
  }
  return xml.slice(0, at) + to + xml.slice(at + from.length);
}

/** The registrar edition of the manifest's XML text. */
function registrarManifest(source) {
  let xml = String(source);
  xml = replaceOnce(xml, "<OfficeApp ", "<!-- Generated from manifest.xml by scripts/registrar-manifest.js: the registrar edition (item multi-select, ReadWriteMailbox). Do not edit. -->\n<OfficeApp ", "the root element");
  xml = xml.replace(/<Id>[0-9a-f-]{36}<\/Id>/, `<Id>${REGISTRAR_ID}</Id>`);
  if (!xml.includes(`<Id>${REGISTRAR_ID}</Id>`)) throw new Error("registrar manifest: <Id> not found in manifest.xml");
  xml = replaceOnce(
    xml,
    '<DisplayName DefaultValue="Postvakt">\n    <Override Locale="en-US" Value="Postvakt"/>',
    '<DisplayName DefaultValue="Postvakt för registratorer">\n    <Override Locale="en-US" Value="Postvakt for registrars"/>',
    "the display name",
  );
  xml = replaceOnce(xml, "<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>", "the permission");
  // Only VersionOverrides 1.1 (Mailbox 1.10 and later) knows these elements.
  const inner = xml.indexOf('xsi:type="VersionOverridesV1_1"');
  if (inner < 0) throw new Error("registrar manifest: VersionOverrides 1.1 not found in manifest.xml");
  const head = xml.slice(0, inner);
  let tail = xml.slice(inner);
  tail = replaceOnce(
    tail,
    '                      <SourceLocation resid="Taskpane.Url"/>\n                      <SupportsPinning>true</SupportsPinning>',
    [
      '                      <SourceLocation resid="RegistrarTaskpane.Url"/>',
      "                      <SupportsPinning>true</SupportsPinning>",
      "                      <!-- Several selected messages at once (Mailbox 1.13); it implies a pane without an item. -->",
      "                      <SupportsNoItemContext>true</SupportsNoItemContext>",
      "                      <SupportsMultiSelect>true</SupportsMultiSelect>",
    ].join("\n"),
    "the read ribbon's pinnable task pane in VersionOverrides 1.1",
  );
  tail = replaceOnce(
    tail,
    '          <bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
    '          <bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n          <bt:Url id="RegistrarTaskpane.Url" DefaultValue="https://localhost:3000/taskpane.html?multiselect=1"/>',
    "the task pane URL in VersionOverrides 1.1",
  );
  return head + tail;
}

module.exports = { registrarManifest, REGISTRAR_ID };
