/**
 * The Fluent theme: high contrast when the system forces colours, else the
 * Office theme's colours where Outlook gives them (dark or light by the body
 * background), else Fluent's web light theme.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColors } from "../../ports";

/** Relative luminance of "#rrggbb" (or "rrggbb"); undefined when it is not a colour. */
function luminance(colour: string | undefined): number | undefined {
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour?.trim() ?? "")?.[1];
  if (!hex) return undefined;
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

function withHash(colour: string): string {
  return colour.startsWith("#") ? colour : `#${colour}`;
}

export function themeFor(officeTheme: OfficeThemeColors | undefined, forcedColors: boolean): Theme {
  if (forcedColors) return teamsHighContrastTheme;
  const background = officeTheme?.bodyBackgroundColor;
  const light = luminance(background);
  if (light === undefined || !background) return webLightTheme;
  const base = light < 0.2 ? webDarkTheme : webLightTheme;
  const foreground = officeTheme?.bodyForegroundColor && luminance(officeTheme.bodyForegroundColor) !== undefined ? withHash(officeTheme.bodyForegroundColor) : undefined;
  return {
    ...base,
    colorNeutralBackground1: withHash(background),
    ...(foreground ? { colorNeutralForeground1: foreground } : {}),
  };
}

/** True when Windows high contrast (or another forced-colours mode) is on. */
export function forcedColorsActive(): boolean {
  try {
    return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
  } catch {
    return false;
  }
}
