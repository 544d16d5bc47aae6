/**
 * Each slide's time is its notes spoken aloud. Languages written without spaces between words must
 * be timed as fairly as English: the same talk in Chinese and in English takes about as long.
 */
import { describe, expect, it } from 'vitest';
import { compileText } from '../../src/pipeline-in-memory.ts';

/** One paragraph about a housing estate's compost scheme, in Chinese (about 700 characters), in English and in Japanese. */
const ZH = `三年前，我们小区的垃圾站每天都堆满了菜叶、果皮和剩饭，夏天的气味让住在一楼的邻居苦不堪言。后来，几位退休的老师提议在楼后的空地上试做社区堆肥。一开始大家并不看好：有人担心招来老鼠，有人觉得分类太麻烦，还有人干脆说这是物业的事情，跟住户没有关系。为了打消这些顾虑，志愿者们先在一个单元里试点，每家发一个带盖的小桶，只收生的厨余，不收肉和骨头。每周六上午，大家把桶拿到堆肥箱旁边，由两名志愿者负责称重、记录，并且和落叶、碎纸板按比例混合。第一个月只有十七户参加，收集到的厨余不到两百公斤。但是到了第三个月，参与的家庭增加到了六十多户，而且因为箱子盖得严实、翻堆及时，周围几乎闻不到异味，也没有出现大家担心的老鼠。更让人意外的是，孩子们对这件事特别感兴趣。他们用温度计测量堆体的温度，发现中心最高能达到六十度，还把观察结果画成图表贴在楼道里。半年以后，第一批堆肥终于成熟，颜色深褐，摸起来松软，闻起来像雨后的泥土。我们把它分给种花种菜的居民，也送了一部分给附近的小学，用在他们的种植角。物业统计后发现，小区每天运走的垃圾减少了将近四分之一，清运费用也随之下降。现在，堆肥已经从一个单元扩展到整个小区，街道办还请我们去其他社区分享经验。去年冬天，我们又在每栋楼门口加装了刷卡的投放口，居民可以随时投放，不必再等到周六；志愿者每天只需要检查一次箱子的湿度，太湿就加一些木屑，太干就浇一点水。当然，也不是没有遇到问题：有一段时间，有人把塑料袋和果核一起扔进桶里，我们只好在每个投放口贴上图示，并在业主群里每周提醒一次，情况才慢慢好转。回头看，真正起作用的并不是某种先进的设备，而是几条简单清楚的规则、固定的时间和一群愿意坚持的人。`;

const EN = `Three years ago, the rubbish point in our housing estate was piled high every day with vegetable leaves, fruit peel and leftover rice, and in summer the smell made life miserable for the neighbours on the ground floor. Then a few retired teachers suggested trying community composting on the empty patch behind the buildings. At first few people thought it would work: some worried it would attract rats, some felt sorting was too much trouble, and others simply said it was the management company's job and had nothing to do with residents. To put these worries to rest, the volunteers first ran a trial in one block: every household got a small bin with a lid, and only raw kitchen scraps were collected, no meat and no bones. Every Saturday morning, people carried their bins to the compost boxes, where two volunteers weighed the scraps, wrote down the amounts and mixed them with fallen leaves and shredded cardboard in the right proportions. In the first month only seventeen households took part, and less than two hundred kilograms of scraps were collected. But by the third month more than sixty families had joined, and because the boxes were tightly covered and the piles were turned on time, there was hardly any smell around them, and the rats everyone had feared never appeared. Even more surprising was how interested the children became. They measured the temperature of the pile with a thermometer, found that the centre could reach sixty degrees, and drew their observations as charts that they hung in the stairwell. Six months later, the first batch of compost was finally ready: dark brown, soft to the touch, and smelling like earth after rain. We shared it with residents who grow flowers and vegetables, and gave some to the primary school nearby for its planting corner. When the management company did the numbers, it found that the rubbish taken away from the estate each day had fallen by almost a quarter, and the collection costs had dropped with it. Today composting has spread from one block to the whole estate, and the sub-district office has invited us to share what we learned with other communities. Last winter we also fitted a card-operated drop-off slot at the entrance of every building, so residents can bring their scraps at any time instead of waiting for Saturday; the volunteers now only need to check the moisture of the boxes once a day, adding some sawdust when it is too wet and a little water when it is too dry. Of course, there were problems too: for a while, some people threw plastic bags into the bins along with fruit stones, so we put up pictures at every drop-off slot and posted a reminder in the residents' group chat once a week, and things slowly got better. Looking back, what really made the difference was not some advanced equipment, but a few simple, clear rules, a fixed time and a group of people willing to keep going.`;

const JA = `三年前、私たちの団地のごみ置き場は毎日、野菜くずや果物の皮、食べ残しのご飯で山のようになり、夏にはそのにおいで一階の住人はひどく困っていました。そこで、退職した数人の先生が、建物の裏の空き地でコミュニティ堆肥を試してみようと提案しました。最初はうまくいくと思う人はほとんどいませんでした。ネズミが来るのではと心配する人もいれば、分別が面倒だと感じる人もいて、それは管理会社の仕事で住民には関係ないと言い切る人もいました。こうした不安をなくすため、ボランティアはまず一つの棟で試験的に始めました。各家庭にふた付きの小さなバケツを配り、集めるのは生の台所ごみだけで、肉や骨は受け付けませんでした。毎週土曜日の朝、住民がバケツを堆肥箱のところへ運び、二人のボランティアが重さを量って記録し、落ち葉や細かく裂いた段ボールと適切な割合で混ぜました。最初の月に参加したのはわずか十七世帯で、集まった生ごみは二百キロに届きませんでした。しかし三か月目には参加する家族が六十世帯を超え、箱のふたをしっかり閉め、時間どおりに切り返したので、周りではほとんどにおいがせず、みんなが恐れていたネズミも現れませんでした。さらに意外だったのは、子どもたちがとても興味を持ったことです。温度計で堆肥の温度を測り、中心が六十度まで上がることを見つけ、観察の結果をグラフにして階段の壁に貼りました。半年後、最初の堆肥がついに出来上がりました。濃い茶色で、手触りはふかふかで、雨上がりの土のようなにおいがしました。私たちはそれを花や野菜を育てている住民に分け、近くの小学校の栽培コーナーにも一部を贈りました。管理会社が集計したところ、団地から毎日運び出されるごみは四分の一近く減り、収集の費用もそれに合わせて下がっていました。今では堆肥づくりは一つの棟から団地全体に広がり、地区の役所からは、ほかの地域で経験を話してほしいと頼まれています。去年の冬には、各棟の入口にカードで開く投入口も取り付けたので、住民は土曜日を待たずにいつでも生ごみを持って来られます。ボランティアは一日に一度、箱の湿り具合を確かめ、湿りすぎならおがくずを、乾きすぎなら少し水を足すだけで済むようになりました。もちろん問題がなかったわけではありません。しばらくの間、果物の種と一緒にビニール袋をバケツに入れる人がいたので、各投入口に絵入りの案内を貼り、住民のグループチャットで週に一度呼びかけたところ、状況は少しずつ良くなりました。振り返ってみると、本当に効いたのは何か高度な設備ではなく、いくつかの簡単で分かりやすいルールと、決まった時間と、続けようとする人たちでした。`;

/** The seconds of the slide whose notes hold `paragraph`, in a small article of that language. */
function sectionSeconds(lang: string, [title, section, next]: string[], paragraph: string): number {
  const article = `---\nlang: ${lang}\n---\n# ${title}\n\n## ${section}\n\n${paragraph}\n\n## ${next}\n\n${paragraph.slice(0, 40)}\n`;
  const { deck } = compileText(article, `compost-${lang}.md`);
  const slide = deck.slides.find((s) => s.title === section);
  expect(slide, "the section's slide").toBeDefined();
  return slide!.timing;
}

const ZH_HEADINGS = ['社区堆肥', '从一个单元开始', '下一步'];
const EN_HEADINGS = ['Community compost', 'How it started', 'What comes next'];
const JA_HEADINGS = ['団地の堆肥づくり', '一つの棟から', 'これから'];

describe('slide timing', () => {
  it('times a 700-character Chinese paragraph about as long as the same paragraph in English', () => {
    expect([...ZH.matchAll(/\p{Script=Han}/gu)].length).toBeGreaterThan(600);
    const zh = sectionSeconds('zh', ZH_HEADINGS, ZH);
    const en = sectionSeconds('en', EN_HEADINGS, EN);
    // About three minutes each, at a calm speaking pace.
    expect(en).toBeGreaterThan(150);
    expect(zh / en).toBeGreaterThan(0.75);
    expect(zh / en).toBeLessThan(1.33);
  });

  it('times the same paragraph in Japanese about as long as in English', () => {
    const ja = sectionSeconds('ja', JA_HEADINGS, JA);
    const en = sectionSeconds('en', EN_HEADINGS, EN);
    expect(ja / en).toBeGreaterThan(0.75);
    expect(ja / en).toBeLessThan(1.33);
  });

  it('does not time Chinese punctuation as speech', () => {
    const plain = sectionSeconds('zh', ZH_HEADINGS, ZH);
    const punctuated = sectionSeconds('zh', ZH_HEADINGS, ZH.replace(/，/g, '，，'));
    expect(punctuated).toBe(plain);
  });
});
