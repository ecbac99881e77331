/** Text read back from a printed PDF as the reader sees it on paper (print-pdf.ts). */

/**
 * CJK Radicals Supplement characters and the ideograph each stands for, in pairs. A font may draw
 * an ideograph and its radical with one glyph (Noto Sans CJK does for all of these), and Chromium's
 * PDF names such a glyph by its lowest code point, the radical: 部门 prints right and reads back as
 * 部⻔. The Kangxi radicals (⽹ for 网) normalize by NFKC, applied to them alone (it would also turn
 * full-width punctuation, （：）, into ASCII); these do not. Derived from the cmaps of
 * Noto Sans CJK's ten faces (radical and ideograph on one glyph), which agree with Unicode's
 * EquivalentUnifiedIdeograph.txt for them.
 */
const RADICALS = new Map(
  [...'⺂乛⺃乚⺅亻⺇𠘨⺉刂⺋㔾⺍𭕄⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺩𤣩⺫罒⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺽𦥑⺾艹⺿艹⻀艹⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟'].flatMap((c, i, all) => (i % 2 ? [] : [[c, all[i + 1]!] as const])),
);

/** Text as printed: radicals read back for the ideographs their glyphs also draw (RADICALS). */
export const asPrinted = (s: string) => s.replace(/[\u2e80-\u2fdf]/g, (c) => RADICALS.get(c) ?? c.normalize('NFKC'));
