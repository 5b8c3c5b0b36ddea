/**
 * Surnames that are also village names ("فايز السراج", "أحمد المسماري"): a name right after
 * a given name, a title or a patronymic particle belongs to a person, not a place.
 *
 * The lists hold the given names and titles that recur in Arabic news about Libya and its
 * neighbours; they need not be complete, because a person's surname is usually also caught
 * by the common-word list or by the lack of any place context.
 */
import { wordSet } from "./place-word-set.ts";

const GIVEN_NAMES = wordSet(`
  محمد أحمد احمد محمود مصطفى علي عمر عثمان خليفة فايز فائز عبد عبدالله عبدالرحمن عبدالسلام
  عبدالهادي عبدالباسط عبدالحميد عبدالرزاق عبدالرحيم عبدالمجيد عبدالكريم عبدالوهاب عبدالغني
  إبراهيم ابراهيم إسماعيل سالم صالح خالد يوسف حسن حسين فتحي عقيلة عماد أسامة طارق سعيد سعد
  سيف معمر فرج مفتاح ميلاد رمضان الصادق الطاهر عادل كمال جمال نوري بشير مختار منصور ناصر
  وليد هشام نادر رجب طيب أمر جمعة مبروك عاشور ونيس المبروك الهادي المهدي عوض عوض
  فلاديمير إيمانويل دونالد رجب جوزيب غسان ستيفاني أنطونيو سيرجي مولود نجلاء حنان فاطمة
`);

const TITLES = wordSet(`
  الرئيس المشير اللواء العقيد العميد الشيخ السيد السيدة الوزير النقيب الرائد المقدم الفريق
  الدكتور المستشار الأمير الملك الحاج المهندس الإمام الجنرال المبعوث
`);

/** Particles that join a given name to the next part of a person's name ("محمد بن زايد", "آل نهيان"). */
const PARTICLES = wordSet(`بن ابن بنت آل`);

/** True when `word` (a normalised token without clitics) says the next word names a person. */
export function introducesPerson(word: string): boolean {
  return GIVEN_NAMES.has(word) || TITLES.has(word) || PARTICLES.has(word);
}
