/**
 * The Signatur view: the user's details for the kommun's signature (labels
 * and checks from the core), a live preview, Save, "Infoga i meddelandet"
 * while writing, Outlook's own signature, and where configured the
 * directory lookup. Talks to Outlook only through its port (SignaturePort).
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { BookContacts20Regular, Save20Regular, Signature20Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  SIGNATURE_FIELD_LABELS,
  joinList,
  mergeDirectoryDetails,
  normaliseSignatureDetails,
  overwriteWith,
  renderSignature,
  validateSignatureDetails,
  type DetailsProblem,
  type Locale,
  type SignatureDetails,
  type SignatureField,
  type SignatureTemplate,
  type SignatureVariant,
} from "../../../core";
import { failureOf, type InsertRequest, type SignaturePort } from "../../../ports";
import { failureText } from "../../ui/failure-texts";
import { useViewStyles } from "../../ui/view-styles";
import { templateFields } from "./fields";
import { SignaturePreview } from "./SignaturePreview";
import type { SignatureTextKey, SignatureTranslate } from "./texts";

const useStyles = makeStyles({
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2, ":empty": { display: "none" } },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

type Notice = { readonly intent: MessageBarIntent; readonly text: string };

/** How a problem shows next to its field. */
function validationState(problem: DetailsProblem | undefined): "error" | "warning" | "none" {
  if (!problem) return "none";
  return problem.severity === "error" ? "error" : problem.severity === "warning" ? "warning" : "none";
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The most serious problem per field; "required" only once the field was left or the user tried to save. */
function problemsByField(problems: readonly DetailsProblem[], showRequired: (field: SignatureField) => boolean): Map<SignatureField, DetailsProblem> {
  const byField = new Map<SignatureField, DetailsProblem>();
  for (const problem of problems) {
    if (problem.code === "required" && !showRequired(problem.field)) continue;
    const current = byField.get(problem.field);
    if (!current || SEVERITY_ORDER[problem.severity] < SEVERITY_ORDER[current.severity]) byField.set(problem.field, problem);
  }
  return byField;
}

/** Errors that make the signature wrong rather than incomplete: they stop Save and Insert. */
function blocking(problems: readonly DetailsProblem[]): DetailsProblem[] {
  return problems.filter((p) => p.severity === "error" && p.code !== "required");
}

const INPUT_TYPE: Partial<Record<SignatureField, "tel" | "email">> = { phone: "tel", mobile: "tel", functionPhone: "tel", fax: "tel", functionMailbox: "email" };
const AUTOCOMPLETE: Partial<Record<SignatureField, string>> = {
  givenName: "given-name",
  surname: "family-name",
  title: "organization-title",
  phone: "work tel",
  mobile: "mobile tel",
  postalCode: "postal-code",
};

export interface SignatureViewProps {
  readonly t: SignatureTranslate;
  readonly locale: Locale;
  readonly template: SignatureTemplate;
  readonly service: SignaturePort;
  /** The variant the open message calls for ("short" for replies and forwards where the profile has one). */
  readonly composeVariant?: SignatureVariant;
  /** From a finding's "Ersätt signatur": where the old signature is. */
  readonly pendingReplace?: InsertRequest["replace"];
  /** Shown on top when the view was opened by a fix that needs the details first. */
  readonly needDetails?: boolean;
  /** After the details were saved. */
  readonly onSaved?: () => void;
  /** After the signature went into the message (the review checks again). */
  readonly onInserted?: () => void;
  /** The body changed since the check that gave `pendingReplace`: check again for fresh ranges. */
  readonly onBodyChanged?: () => void;
}

export function SignatureView(props: SignatureViewProps) {
  const { t, locale, template, service, composeVariant = "full", pendingReplace, needDetails, onSaved, onInserted, onBodyChanged } = props;
  const styles = useStyles();
  const view = useViewStyles();
  const loaded = useMemo(() => service.load(), [service]);
  const [details, setDetails] = useState<SignatureDetails>(loaded.details);
  const [saved, setSaved] = useState(loaded.source === "saved");
  const [touched, setTouched] = useState<ReadonlySet<SignatureField>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [variant, setVariant] = useState<SignatureVariant>(composeVariant);
  const [busy, setBusy] = useState<"save" | "insert" | "directory" | "clientSignature" | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const [clientSignature, setClientSignature] = useState<boolean | undefined>();
  const [directoryConflict, setDirectoryConflict] = useState<{ directory: SignatureDetails; fields: readonly SignatureField[] } | undefined>();
  const inputs = useRef(new Map<SignatureField, HTMLInputElement>());
  // What an action ended in takes focus (and so comes into view), as in the other views; a button
  // stays focusable while busy (disabledFocusable), so focus is never dropped to the page.
  const statusRef = useRef<HTMLDivElement>(null);
  const focusOutcome = useRef(false);
  const announce = useCallback((next: Notice) => {
    focusOutcome.current = true;
    setNotice(next);
  }, []);
  useEffect(() => {
    if (!notice || !focusOutcome.current) return;
    focusOutcome.current = false;
    statusRef.current?.focus();
  }, [notice]);
  const canInsert = service.canInsert();

  const fields = useMemo(() => templateFields(template), [template]);
  const problems = useMemo(() => validateSignatureDetails(details, template), [details, template]);
  const shown = problemsByField(problems, (field) => attempted || touched.has(field));
  const rendered = useMemo(() => renderSignature(template, normaliseSignatureDetails(details), { variant }), [template, details, variant]);

  useEffect(() => setVariant(composeVariant), [composeVariant]);

  useEffect(() => {
    let alive = true;
    if (canInsert) void service.clientSignatureEnabled().then((on) => alive && setClientSignature(on));
    return () => {
      alive = false;
    };
  }, [service, canInsert]);

  const label = (field: SignatureField) => SIGNATURE_FIELD_LABELS[field][locale];

  const edit = (field: SignatureField, value: string) => {
    setDetails((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };

  /** False (and the first bad field focused) when the details have errors that stop Save and Insert. */
  const readyToUse = useCallback((): boolean => {
    setAttempted(true);
    const wrong = blocking(problems);
    // A required field left empty stops Save and Insert too: an incomplete signature must not go out.
    const empty = problems.filter((p) => p.code === "required");
    const stop = wrong.length > 0 ? wrong : empty;
    if (stop.length === 0) return true;
    setNotice({ intent: "error", text: t(wrong.length > 0 ? "fixFirst" : "fillRequiredFirst") });
    inputs.current.get(stop[0]!.field)?.focus();
    return false;
  }, [problems, t]);

  const save = async () => {
    if (!readyToUse()) return;
    setBusy("save");
    setNotice(undefined);
    try {
      await service.save(details);
      setSaved(true);
      announce({ intent: "success", text: t("saved") });
      onSaved?.();
    } catch (error) {
      announce({ intent: "error", text: failureText(failureOf(error, "settingsSaveFailed"), locale) });
    } finally {
      setBusy(undefined);
    }
  };

  const insert = async () => {
    if (!readyToUse()) return;
    setBusy("insert");
    setNotice(undefined);
    try {
      const outcome = await service.insert({
        signature: rendered,
        ...(template.greeting ? { greeting: template.greeting } : {}),
        ...(pendingReplace ? { replace: pendingReplace } : {}),
      });
      announce({ intent: outcome === "alreadyPresent" ? "info" : "success", text: t(outcome) });
      onInserted?.();
    } catch (error) {
      const kind = failureOf(error, "signatureFailed");
      announce({ intent: "error", text: failureText(kind, locale) });
      if (kind === "signatureStale") onBodyChanged?.();
    } finally {
      setBusy(undefined);
    }
  };

  const fetchDirectory = async () => {
    const directory = service.directory;
    if (!directory) return;
    setBusy("directory");
    setNotice(undefined);
    setDirectoryConflict(undefined);
    try {
      const found = await directory.fetchDetails();
      const merge = mergeDirectoryDetails(details, found);
      if (merge.filled.length > 0) {
        setDetails(merge.details);
        setSaved(false);
      }
      if (merge.differing.length > 0) setDirectoryConflict({ directory: found, fields: merge.differing });
      announce({ intent: merge.filled.length > 0 ? "success" : "info", text: merge.filled.length > 0 ? t("directoryFilled", { count: merge.filled.length }) : t("directoryNothing") });
    } catch (error) {
      announce({ intent: "error", text: failureText(failureOf(error, "graphUnavailable"), locale) });
    } finally {
      setBusy(undefined);
    }
  };

  const useDirectoryValues = () => {
    if (!directoryConflict) return;
    setDetails((current) => overwriteWith(current, directoryConflict.directory, directoryConflict.fields));
    setSaved(false);
    setDirectoryConflict(undefined);
  };

  const disableClientSignature = async () => {
    setBusy("clientSignature");
    setNotice(undefined);
    try {
      await service.disableClientSignature();
      setClientSignature(false);
      announce({ intent: "success", text: t("clientSignatureDisabled") });
    } catch (error) {
      announce({ intent: "error", text: failureText(failureOf(error, "clientSignatureFailed"), locale) });
    } finally {
      setBusy(undefined);
    }
  };

  const loadNotice: SignatureTextKey | undefined = needDetails && !saved
    ? "needDetails"
    : loaded.source === "prefill" && !saved
      ? loaded.problem === "corrupt"
        ? "corrupt"
        : loaded.problem === "newerVersion"
          ? "newerVersion"
          : "prefilled"
      : undefined;

  // Say what was filled in, not that "the fields" were: usually Outlook gives only the name.
  const prefilledFields = fields.filter((field) => !!loaded.details[field]).map((field) => label(field).toLowerCase());
  const prefilledText = prefilledFields.length > 0 ? t("prefilled", { fields: joinList(prefilledFields, locale) }) : t("prefilledNothing");

  const mobileChoice = fields.includes("mobile") && template.mobile !== "include";
  const mobileShown = template.mobile === "optional" ? details.includeMobile !== false : details.includeMobile === true;

  return (
    <main className={view.root} aria-busy={!!busy}>
      <h1 className={view.title}>{t("heading")}</h1>
      <p className={styles.intro}>{t("intro")}</p>
      {loadNotice ? (
        <MessageBar intent={loadNotice === "corrupt" ? "warning" : "info"} layout="multiline">
          <MessageBarBody>{loadNotice === "prefilled" ? prefilledText : t(loadNotice)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {clientSignature ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("clientSignatureOn")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void disableClientSignature()} disabledFocusable={!!busy}>
              {t("clientSignatureOff")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      <form
        aria-label={t("formLabel")}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset className={styles.form}>
          {fields.map((field) => {
            const problem = shown.get(field);
            const input = (
              <Field
                key={field}
                label={label(field)}
                required={template.required.includes(field)}
                validationState={validationState(problem)}
                validationMessage={problem ? problem.message[locale] : undefined}
              >
                <Input
                  ref={(element) => {
                    if (element) inputs.current.set(field, element);
                    else inputs.current.delete(field);
                  }}
                  name={field}
                  type={INPUT_TYPE[field] ?? "text"}
                  autoComplete={AUTOCOMPLETE[field] ?? "off"}
                  value={details[field] ?? ""}
                  onChange={(_, data) => edit(field, data.value)}
                  onBlur={() => setTouched((current) => new Set(current).add(field))}
                />
              </Field>
            );
            if (field !== "mobile") return input;
            // The mobile choice sits with the mobile number it is about.
            return (
              <div key={field} className={styles.group}>
                {input}
                {mobileChoice ? (
                  <Checkbox
                    label={t("includeMobile")}
                    checked={mobileShown}
                    onChange={(_, data) => {
                      setDetails((current) => ({ ...current, includeMobile: data.checked === true }));
                      setSaved(false);
                    }}
                  />
                ) : null}
                <Caption1 className={styles.note}>{template.mobile === "include" ? t("mobileIncluded") : template.mobile === "discouraged" ? t("mobileDiscouragedHint") : null}</Caption1>
              </div>
            );
          })}
        </fieldset>
      </form>

      <section aria-labelledby="pv-signature-preview">
        <h2 id="pv-signature-preview" className={styles.heading}>
          {t("previewHeading")}
        </h2>
        {template.shortLines ? (
          <Field label={t("variantLabel")}>
            <RadioGroup value={variant} onChange={(_, data) => setVariant(data.value as SignatureVariant)}>
              <Radio value="full" label={t("variantFull")} />
              <Radio value="short" label={t("variantShort")} />
            </RadioGroup>
          </Field>
        ) : null}
        <SignaturePreview html={rendered.html} lineCount={rendered.text.split("\n").length} title={t("previewFrameTitle")} lang={locale} />
      </section>

      <div className={styles.actions}>
        <Button appearance="primary" icon={busy === "save" ? <Spinner size="extra-tiny" /> : <Save20Regular />} disabledFocusable={!!busy} onClick={() => void save()}>
          {busy === "save" ? t("saving") : t("save")}
        </Button>
        {canInsert ? (
          <Button icon={busy === "insert" ? <Spinner size="extra-tiny" /> : <Signature20Regular />} disabledFocusable={!!busy} onClick={() => void insert()}>
            {busy === "insert" ? t("inserting") : t("insert")}
          </Button>
        ) : null}
        {service.directory ? (
          <Button icon={busy === "directory" ? <Spinner size="extra-tiny" /> : <BookContacts20Regular />} disabledFocusable={!!busy} onClick={() => void fetchDirectory()}>
            {busy === "directory" ? t("directoryBusy") : t("directory")}
          </Button>
        ) : null}
      </div>

      {/* Outcomes are announced to screen readers as they come. */}
      <div ref={statusRef} tabIndex={-1} className={styles.status} aria-live="polite">
        {notice ? (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        ) : null}
        {directoryConflict ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("directoryDiffers", { fields: directoryConflict.fields.map(label).join(", ") })}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={useDirectoryValues}>
                {t("directoryUse")}
              </Button>
              <Button size="small" onClick={() => setDirectoryConflict(undefined)}>
                {t("directoryKeep")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
      </div>
    </main>
  );
}
