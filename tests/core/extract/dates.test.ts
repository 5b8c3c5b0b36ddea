import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/extract/dates.ts";
import { prepareDocument } from "../../../src/core/extract/document.ts";
import type { DatePrecision, DateValue } from "../../../src/core/types.ts";

/** Saturday 6 June 2020, the day operation "دروب النصر" was launched. */
const SATURDAY: DateValue = { iso: "2020-06-06", precision: "day" };

function dates(text: string, published: DateValue = SATURDAY): [string, string, DatePrecision][] {
  return findDates(prepareDocument(text), published).map((d) => [d.evidence.text, d.value.iso, d.value.precision]);
}

describe("findDates: week days", () => {
  it("takes the most recent such day on or before publication, the same day included", () => {
    expect(dates("قال الجيش في وقت سابق السبت إن قواته تقدمت")).toEqual([["السبت", "2020-06-06", "day"]]);
    expect(dates("وكان حفتر رحب الخميس بالمبادرة")).toEqual([["الخميس", "2020-06-04", "day"]]);
    expect(dates("أعلنت القوات يوم الأحد سيطرتها على غريان")).toEqual([["يوم الأحد", "2020-05-31", "day"]]);
  });
  it("reads parts of a day and keeps a conjunction out of the evidence", () => {
    expect(dates("استهدفت غارات مصراتة الأربعاء وفجر الخميس")).toEqual([
      ["الأربعاء", "2020-06-03", "day"],
      ["فجر الخميس", "2020-06-04", "day"],
    ]);
    expect(dates("والإثنين أعلنت القوات")).toEqual([["الإثنين", "2020-06-01", "day"]]);
  });
  it("looks strictly back with الماضي and forward with المقبل", () => {
    expect(dates("اجتمع الطرفان السبت الماضي")).toEqual([["السبت الماضي", "2020-05-30", "day"]]);
    expect(dates("تستأنف المحادثات الأحد المقبل")).toEqual([["الأحد المقبل", "2020-06-07", "day"]]);
  });
  it("counts a night as approximate: by Arabic reckoning it may belong to the day before", () => {
    expect(dates("قصفت الطائرات ليلة الجمعة مواقع في سرت")).toEqual([["ليلة الجمعة", "2020-06-05", "approximate"]]);
  });
  it("does not read 'الاثنين' (the two) or 'الأحد' (the one) as days after بين/كلا", () => {
    expect(dates("لا خلاف بين الاثنين على ذلك")).toEqual([]);
    expect(dates("اتفق كلا الاثنين")).toEqual([]);
    expect(dates("قال عبد الأحد المسؤول")).toEqual([]);
  });
  it("reads a day after 'بداية من'", () => {
    expect(dates("أعلنت حظر التجوال في مصراتة بداية من الاربعاء")).toEqual([["الاربعاء", "2020-06-03", "day"]]);
  });
});

describe("findDates: days relative to publication", () => {
  it("reads أمس, البارحة, أول أمس and اليوم", () => {
    expect(dates("دخلت القوات ترهونة أمس")).toEqual([["أمس", "2020-06-05", "day"]]);
    expect(dates("وقع القصف البارحة")).toEqual([["البارحة", "2020-06-05", "day"]]);
    expect(dates("انسحبت القوات أول أمس")).toEqual([["أول أمس", "2020-06-04", "day"]]);
    expect(dates("أطلقت الوفاق العملية اليوم")).toEqual([["اليوم", "2020-06-06", "day"]]);
    expect(dates("قال مساء أمس")).toEqual([["مساء أمس", "2020-06-05", "day"]]);
  });
  it("reads 'اليوم السبت' and 'أمس الجمعة' as one date: the day name is in apposition", () => {
    expect(dates("أعلن الجيش اليوم السبت")).toEqual([["اليوم السبت", "2020-06-06", "day"]]);
    expect(dates("وكانت الكتيبة قد انسحبت أمس الجمعة من الزاوية")).toEqual([["أمس الجمعة", "2020-06-05", "day"]]);
    expect(dates("قصفت الطائرات مساء أمس الجمعة مواقع في الأصابعة")).toEqual([["مساء أمس الجمعة", "2020-06-05", "day"]]);
  });
  it("keeps a day name after 'أمس' apart when a comma or other words stand between", () => {
    expect(dates("دخلت القوات صرمان أمس، والخميس انسحبت")).toEqual([
      ["أمس", "2020-06-05", "day"],
      ["الخميس", "2020-06-04", "day"],
    ]);
  });
  it("does not take 'the day' of something for today", () => {
    expect(dates("في اليوم الأول من المعركة")).toEqual([]);
    expect(dates("وفي اليوم نفسه انسحبت القوات")).toEqual([]);
    expect(dates("أطلقت الوفاق العملية اليوم، الجيش يرد")).toEqual([["اليوم", "2020-06-06", "day"]]);
  });
  it("reads the night before and last week as approximate", () => {
    expect(dates("قصف الطيران المسير الليلة الماضية مجموعة من السيارات")).toEqual([["الليلة الماضية", "2020-06-05", "approximate"]]);
    expect(dates("وجه الجيش الأسبوع الماضي مهلة")).toEqual([["الأسبوع الماضي", "2020-05-30", "approximate"]]);
  });
  it("counts days and weeks back: 'قبل يومين', 'منذ ثلاثة أيام', 'قبل أسبوع'", () => {
    expect(dates("دخلت القوات المدينة قبل يومين")).toEqual([["قبل يومين", "2020-06-04", "day"]]);
    expect(dates("انسحبت منذ ثلاثة أيام")).toEqual([["منذ ثلاثة أيام", "2020-06-03", "day"]]);
    expect(dates("وقع ذلك قبل أسبوع")).toEqual([["قبل أسبوع", "2020-05-30", "approximate"]]);
    expect(dates("تدور المعارك منذ أيام")).toEqual([]);
    expect(dates("قبل 3 يومين")).toEqual([]);
  });
  it("counts past hours back in whole days, approximately", () => {
    expect(dates("استعادت السيطرة خلال الأربع والعشرين ساعة الماضية")).toEqual([["خلال الأربع والعشرين ساعة الماضية", "2020-06-05", "approximate"]]);
    expect(dates("في الساعات الـ48 الماضية")).toEqual([["الساعات الـ48 الماضية", "2020-06-04", "approximate"]]);
    expect(dates("تقدمت القوات خلال الساعات الماضية")).toEqual([["خلال الساعات الماضية", "2020-06-06", "approximate"]]);
    expect(dates("بعد ساعات من إطلاق العملية")).toEqual([]);
  });
  it("makes relative dates approximate when the publication date is", () => {
    expect(dates("قال السبت", { iso: "2020-01-11", precision: "approximate" })).toEqual([["السبت", "2020-01-11", "approximate"]]);
    expect(dates("قال أمس", { iso: "2020-01-11", precision: "approximate" })).toEqual([["أمس", "2020-01-10", "approximate"]]);
  });
});

describe("findDates: calendar dates", () => {
  it("reads a day and month pair in two traditions, in the year before publication when needed", () => {
    expect(dates("وفي 27 نوفمبر/تشرين الثاني الماضي وقع أردوغان مذكرتي تفاهم", { iso: "2019-12-26", precision: "approximate" })).toEqual([
      ["27 نوفمبر/تشرين الثاني الماضي", "2019-11-27", "day"],
    ]);
    expect(dates("في 15 ديسمبر", { iso: "2020-01-07", precision: "day" })).toEqual([["15 ديسمبر", "2019-12-15", "day"]]);
    expect(dates("في 3 يناير", { iso: "2020-01-07", precision: "day" })).toEqual([["3 يناير", "2020-01-03", "day"]]);
  });
  it("reads ordinal day words and 'الجاري'", () => {
    expect(dates("التي جرت في الثامن من كانون ثان/يناير الجاري في إسطنبول", { iso: "2020-01-11", precision: "approximate" })).toEqual([
      ["الثامن من كانون ثان/يناير الجاري", "2020-01-08", "day"],
    ]);
    expect(dates("في الحادي والعشرين من أيار")).toEqual([["الحادي والعشرين من أيار", "2020-05-21", "day"]]);
    expect(dates("في الأسبوع الثاني من يناير")).toEqual([["يناير", "2020-01-01", "month"]]);
  });
  it("reads full dates in Arabic, Maghrebi, Levantine and English forms", () => {
    expect(dates("في 8 يناير 2020")).toEqual([["8 يناير 2020", "2020-01-08", "day"]]);
    expect(dates("يوم 5 جوان 2019")).toEqual([["يوم 5 جوان 2019", "2019-06-05", "day"]]);
    expect(dates("في 14 شباط 2011")).toEqual([["14 شباط 2011", "2011-02-14", "day"]]);
    expect(dates("— الدولية (@doualia) January 7, 2020")).toEqual([["January 7, 2020", "2020-01-07", "day"]]);
    expect(dates("published 7 January 2020")).toEqual([["7 January 2020", "2020-01-07", "day"]]);
    expect(dates("بتاريخ 27/11/2019")).toEqual([["27/11/2019", "2019-11-27", "day"]]);
  });
  it("falls back to the month when the day does not exist", () => {
    expect(dates("في 31 أبريل 2020")).toEqual([["أبريل 2020", "2020-04-01", "month"]]);
    expect(dates("بتاريخ 31/02/2020")).toEqual([]);
  });
});

describe("findDates: months and years", () => {
  it("reads 'منذ أبريل نيسان' as a month, the last April on or before publication", () => {
    expect(dates("ويشن حفتر منذ أبريل نيسان هجوما", { iso: "2020-01-07", precision: "day" })).toEqual([["أبريل نيسان", "2019-04-01", "month"]]);
    expect(dates("منذ بداية نيسان/أبريل", { iso: "2020-01-11", precision: "day" })).toEqual([["بداية نيسان/أبريل", "2019-04-01", "month"]]);
  });
  it("reads years and parts of years", () => {
    expect(dates("بمساعدة ضربات جوية أمريكية في أواخر 2016")).toEqual([["أواخر 2016", "2016-12-01", "year"]]);
    expect(dates("منذ عام 2011")).toEqual([["عام 2011", "2011-01-01", "year"]]);
    expect(dates("منذ مطلع العام الحالي")).toEqual([["مطلع العام الحالي", "2020-01-01", "year"]]);
    expect(dates("في الشهر الماضي")).toEqual([["الشهر الماضي", "2020-05-01", "month"]]);
    expect(dates("منذ منتصف مارس 2020")).toEqual([["منتصف مارس 2020", "2020-03-15", "month"]]);
  });
  it("takes a month name that is also a word only in a date context", () => {
    expect(dates("مارس الجيش ضغوطا على الوفاق")).toEqual([]);
    expect(dates("قتل أب وابنه في القصف")).toEqual([]);
    expect(dates("في مارس الماضي")).toEqual([["مارس الماضي", "2020-03-01", "month"]]);
    expect(dates("في 14 آب")).toEqual([["14 آب", "2019-08-14", "day"]]);
  });
  it("does not read bare numbers as years", () => {
    expect(dates("نفذ سلاح الجو 2016 طلعة")).toEqual([]);
  });
});

describe("findDates: seeds", () => {
  const seed = (stem: string): string => readFileSync(new URL(`../../../seeds/${stem}.txt`, import.meta.url), "utf8");
  it("resolves every time expression of seed 004 against about 26 December 2019", () => {
    const found = dates(seed("004_d470f4d6d17985fe"), { iso: "2019-12-26", precision: "approximate" });
    expect(found).toEqual([
      ["الاربعاء", "2019-12-25", "approximate"],
      ["الاربعاء", "2019-12-25", "approximate"],
      ["الاسبوع الماضي", "2019-12-19", "approximate"],
      ["الاربعاء", "2019-12-25", "approximate"],
      ["فجر الخميس", "2019-12-26", "approximate"],
      ["الاثنين", "2019-12-23", "approximate"],
      ["27 نوفمبر/تشرين الثاني الماضي", "2019-11-27", "day"],
    ]);
  });
  it("maps evidence back to the original text, diacritics included", () => {
    const text = "قصف الطيران المسيّر الليلةَ الماضيةَ مواقع";
    const d = findDates(prepareDocument(text), SATURDAY)[0];
    expect(d?.evidence.text).toBe("الليلةَ الماضيةَ");
    expect(text.slice(d?.evidence.start, d?.evidence.end)).toBe(d?.evidence.text);
  });
});

describe("findDates: spans counted back from publication", () => {
  it("reads months ago, hedged or not, as the same day that many months before, approximate", () => {
    expect(dates("منذ بدء الهجوم على سبها قبل نحو ثلاثة أشهر")).toEqual([["قبل نحو ثلاثة أشهر", "2020-03-06", "approximate"]]);
    expect(dates("سيطرت القوات على أوباري قبل شهرين")).toEqual([["قبل شهرين", "2020-04-06", "approximate"]]);
    expect(dates("انسحبت الكتيبة من مرزق قبل شهر")).toEqual([["قبل شهر", "2020-05-06", "approximate"]]);
  });
  it("clamps a month-end day to the shorter month", () => {
    expect(dates("وقع ذلك قبل ثلاثة أشهر", { iso: "2020-05-31", precision: "day" })).toEqual([["قبل ثلاثة أشهر", "2020-02-29", "approximate"]]);
  });
  it("reads 'قبل أيام' as a few days back, approximate, but not 'منذ أيام' or uncounted months", () => {
    expect(dates("غادرت القوات بني وليد قبل أيام نحو الجفرة")).toEqual([["قبل أيام", "2020-06-03", "approximate"]]);
    expect(dates("تتواصل الاشتباكات منذ أيام في العزيزية")).toEqual([]);
    expect(dates("بدأ الحصار قبل أشهر")).toEqual([]);
  });
  it("makes a hedged day count approximate", () => {
    expect(dates("دخلت القوات الزاوية قبل نحو أسبوعين")).toEqual([["قبل نحو أسبوعين", "2020-05-23", "approximate"]]);
    expect(dates("دخلت القوات الزاوية قبل نحو عشرة أيام")).toEqual([["قبل نحو عشرة أيام", "2020-05-27", "approximate"]]);
  });
  it("reads the last two days, the last N days and the last days as approximate", () => {
    expect(dates("قتل خمسة مقاتلين خلال اليومين الماضيين في سبها")).toEqual([["خلال اليومين الماضيين", "2020-06-04", "approximate"]]);
    expect(dates("تعرضت زليتن في الأيام الثلاثة الماضية لقصف")).toEqual([["الأيام الثلاثة الماضية", "2020-06-03", "approximate"]]);
    expect(dates("تصاعدت المعارك خلال الأيام الماضية قرب غريان")).toEqual([["خلال الأيام الماضية", "2020-06-03", "approximate"]]);
  });
  it("does not read a span counted back from another event ('قبل أيام من الهجوم')", () => {
    expect(dates("انسحبت القوات من سبها قبل أيام من الهجوم")).toEqual([]);
    expect(dates("وصلت التعزيزات قبل شهرين من سقوط المدينة")).toEqual([]);
  });
  it("does not read days that are not counted back from publication", () => {
    expect(dates("في الأيام الأولى من الحرب")).toEqual([]);
    expect(dates("خلال اليومين المقبلين")).toEqual([]);
    expect(dates("استمرت المعركة يومين")).toEqual([]);
  });
});

describe("findDates: a week day with its date, and 'that year'", () => {
  it("reads a week day before a day and month as one date, Maghrebi month names included", () => {
    expect(dates("دخلت القوات مرزق الأربعاء 6 فيفري", { iso: "2019-02-07", precision: "day" })).toEqual([["الأربعاء 6 فيفري", "2019-02-06", "day"]]);
    expect(dates("وقع الهجوم يوم الخميس 27 يونيو/حزيران", { iso: "2019-06-28", precision: "day" })).toEqual([["يوم الخميس 27 يونيو/حزيران", "2019-06-27", "day"]]);
  });
  it("keeps a week day apart when no day number follows", () => {
    expect(dates("قصفت الطائرات سبها الأربعاء 3 مرات")).toEqual([["الأربعاء", "2020-06-03", "day"]]);
  });
  it("takes the year of the last date read for 'من ذلك العام' / 'من العام نفسه'", () => {
    expect(dates("سقطت المدينة في مارس/آذار 2015، ثم استعيدت في أغسطس/آب من ذلك العام")).toEqual([
      ["مارس/آذار 2015", "2015-03-01", "month"],
      ["أغسطس/آب من ذلك العام", "2015-08-01", "month"],
    ]);
    expect(dates("بدأ الهجوم عام 2017، وانتهى في 12 يوليو من العام نفسه")).toEqual([
      ["عام 2017", "2017-01-01", "year"],
      ["12 يوليو من العام نفسه", "2017-07-12", "day"],
    ]);
  });
  it("does not read 'that year' with no year before it", () => {
    expect(dates("وفي أغسطس/آب من ذلك العام انسحبت القوات")).toEqual([["أغسطس/آب", "2019-08-01", "month"]]);
  });
});

describe("findDates: a day of the month named relative to publication", () => {
  it("reads 'الرابع من الشهر الجاري' and '15 من الشهر الماضي' as days", () => {
    expect(dates("ودخلت القوات أوباري في الرابع من الشهر الجاري")).toEqual([["الرابع من الشهر الجاري", "2020-06-04", "day"]]);
    expect(dates("انسحبت القوات يوم 15 من الشهر الماضي")).toEqual([["يوم 15 من الشهر الماضي", "2020-05-15", "day"]]);
    expect(dates("بدأ الهجوم في العاشر من الشهر الماضي", { iso: "2020-01-05", precision: "day" })).toEqual([["العاشر من الشهر الماضي", "2019-12-10", "day"]]);
  });
  it("does not read a day of next month or a bare ordinal before 'الشهر' as a date of this month", () => {
    expect(dates("تبدأ المحادثات في الخامس من الشهر المقبل")).toEqual([["الشهر المقبل", "2020-07-01", "month"]]);
  });
});
