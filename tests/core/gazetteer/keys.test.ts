import { describe, expect, it } from "vitest";
import { foldLatin, isArabicName, isLatinName, nameKey } from "../../../src/core/gazetteer/keys.ts";
import { normalizeName } from "../../../src/core/text/normalize.ts";

describe("nameKey", () => {
  it("folds hamza, tā' marbūṭa and alif maqṣūra as normalizeName does", () => {
    expect(nameKey("أجدابيا")).toBe(nameKey("اجدابيا"));
    expect(nameKey("مصراتة")).toBe(nameKey("مصراته"));
    expect(nameKey("بنى وليد")).toBe(nameKey("بني وليد"));
  });

  it("joins word tokens by one space, dropping punctuation as the engine's tokenizer does", () => {
    expect(nameKey("الخضراء-ترهونة")).toBe("الخضراء ترهونه");
    expect(nameKey("  سوق   الجمعة ")).toBe("سوق الجمعه");
    expect(nameKey("بوابة 70")).toBe("بوابه 70");
  });

  it("equals normalizeName for a plain Arabic name", () => {
    expect(nameKey("أبو قرين")).toBe(normalizeName("أبو قرين"));
  });

  it("is case-, diacritic- and apostrophe-insensitive for Latin names", () => {
    expect(nameKey("Rā's Lānūf")).toBe("ras lanuf");
    expect(nameKey("MISURATA")).toBe("misurata");
    expect(nameKey("Zaouïa")).toBe("zaouia");
    expect(nameKey("Ma`tan as Sarra")).toBe("matan as sarra");
  });
});

describe("foldLatin", () => {
  it("leaves Arabic letters alone", () => {
    expect(foldLatin("سرت")).toBe("سرت");
  });
});

describe("script tests", () => {
  it("tells Arabic, Latin and mixed or other-script names apart", () => {
    expect(isArabicName("رأس لانوف")).toBe(true);
    expect(isLatinName("Ra’s al Unūf")).toBe(true);
    expect(isLatinName("ʿAyn Zara")).toBe(true);
    expect(isArabicName("Waw al Kabir واو الكبير")).toBe(false);
    expect(isLatinName("Waw al Kabir واو الكبير")).toBe(false);
    expect(isLatinName("Сирт")).toBe(false);
  });
});
