import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import { themeFor } from "../../src/taskpane/shell/theme";

describe("themeFor", () => {
  it("uses Fluent's light theme where Outlook gives no theme", () => {
    expect(themeFor(undefined, false)).toBe(webLightTheme);
  });

  it("follows a dark Office theme and takes its body colours", () => {
    const theme = themeFor({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#f0f0f0" }, false);
    expect(theme.colorNeutralForeground2).toBe(webDarkTheme.colorNeutralForeground2);
    expect(theme.colorNeutralBackground1).toBe("#262626");
    expect(theme.colorNeutralForeground1).toBe("#f0f0f0");
  });

  it("stays light for a light Office theme, accepting colours without '#'", () => {
    const theme = themeFor({ bodyBackgroundColor: "FFFFFF" }, false);
    expect(theme.colorNeutralForeground2).toBe(webLightTheme.colorNeutralForeground2);
    expect(theme.colorNeutralBackground1).toBe("#FFFFFF");
  });

  it("ignores a theme colour that is not a colour", () => {
    expect(themeFor({ bodyBackgroundColor: "transparent" }, false)).toBe(webLightTheme);
  });

  it("uses the high-contrast theme when the system forces colours", () => {
    expect(themeFor({ bodyBackgroundColor: "#262626" }, true)).toBe(teamsHighContrastTheme);
  });
});
