/**
 * The commonest Chinese surnames (about nine in ten people carry one of these), single and compound. A word
 * is read as a person's name only where it starts with one: `联系人张园` is a person, `与模范集体联系` is not.
 */
const SINGLE =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
const COMPOUND = [
  "欧阳",
  "司马",
  "上官",
  "诸葛",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "长孙",
  "宇文",
  "司徒",
  "夏侯",
  "轩辕",
  "令狐",
  "端木",
];

/** Whether the text is a person's name as written in a notice: a known surname and one or two more characters. */
export function isPersonName(text: string): boolean {
  const name = text.replace(/(?:同志|老师|先生|女士)$/, "");
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(name)) return false;
  const compound = COMPOUND.some((s) => name.startsWith(s));
  if (compound) return name.length >= 3;
  return name.length <= 3 && SINGLE.includes(name[0]);
}

/** A pattern piece that matches a person's name (surname, then one or two characters). */
export const PERSON_NAME = `(?:${COMPOUND.join("|")}|[${SINGLE}])[\\u4e00-\\u9fa5]{1,2}`;

/** `韩老师`, `李小姐`: a known surname and how one addresses its bearer. */
export function isTitledSurname(text: string): boolean {
  const m = /^([\u4e00-\u9fa5]{1,2})(?:老师|同志|先生|女士|小姐)$/.exec(text);
  return !!m && (m[1].length === 1 ? SINGLE.includes(m[1]) : COMPOUND.includes(m[1]));
}
