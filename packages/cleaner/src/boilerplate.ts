import { parseDate } from './dates.ts';
import { hasCjk, NAME_PARTICLES, SENTENCE_END, wordCount } from './text-util.ts';

/**
 * Line-level boilerplate: the kinds of noise that survive into page text whatever the markup.
 * Each rule names its reason; `classifyLine` returns the first that fits, or null for content.
 * Rules only fire on short lines or on lines whose whole shape is noise, so that a sentence that
 * merely mentions "advertisement" stays.
 */
interface Rule {
  reason: string;
  /** Longest line (characters) the rule may judge. */
  maxLength: number;
  test: (line: string) => boolean;
}

const re = (pattern: RegExp) => (line: string) => pattern.test(line);

const SHARE_WORDS =
  'share|shares|sharing|social share|teilen|tweet|retweet|e-?mail|print|post|comment|comments|like|likes|save|copy(?: link)?|link copied|whatsapp|facebook|twitter|x|linkedin|reddit|pinterest|telegram|kakao ?talk|kakao ?story|kakao|naver|band|weibo|wechat|qq ?空间|qq|line|flipboard|pocket|messenger|sms|more|기사 ?공유(?:하기)?|공유|공유하기|分享到[:：]?|인쇄|스크랩|페이스북|트위터|카카오톡|카카오스토리|링크 ?복사|url ?복사|주소 ?복사|밴드|네이버 ?블로그|分享|打印|微信|微博|收藏|评论|复制链接|复制网址|поделиться|シェア(?:する)?|ツイート(?:する)?|はてブ|メール|ブックマーク|(?:記事を)?印刷(?:する)?|drucken|コメント|いいね|vk|вконтакте|одноклассники|телеграм';
const SHARE_LINE = new RegExp(
  `^(?:(?:${SHARE_WORDS})(?: (?:this|on|via|to|the|article|story|page|it))*[\\s|/·•,:]*)+$`,
  'i',
);

const MENU_WORDS =
  /^(?:home|홈|首页|首頁|主页|ホーム|トップ|로그인|회원가입|전체메뉴|메뉴|검색|구독|登录|注册|搜索|导航|菜单|sitemap|site map|menu|search|sign in|log in|login|register|subscribe|contact us|about us|privacy policy|terms of (?:use|service)|뉴스|정치|경제|사회|국제|북한|문화|스포츠|연예|오피니언|新闻|国际|军事|财经|社会|体育|娱乐|科技|评论|视频|图片|图集|组图|組圖|高清组图|news|nachrichten|aktuelles|noticias|politics|business|world|sports|opinion|lifestyle|entertainment|tech|culture|video|photos?|national|north korea|korean peninsula)$/i;

const ACCOUNT_LINK =
  /^(?:sign in|sign up|log ?in|log ?out|register|subscribe|my account|anmelden|registrieren|einloggen|abmelden|connexion|s'inscrire|iniciar sesión|registrarse|войти|регистрация|выйти|로그인|회원가입|로그아웃|登录|注册|退出|ログイン|新規登録|会員登録)$/iu;

/** Japanese section names: a menu when several stand in a row, ordinary words alone (a vocabulary list's "動画"). */
const SECTION_WORDS_JA = /^(?:ニュース|政治|経済|国際|社会|スポーツ|エンタメ|動画|写真|科学|文化|地域|ライフ)$/;

// Calls to action and "read also" links, in the languages of the pages this project reads. Each
// opens the line (or sits in it alone); the rule only judges short or sentence-less lines.
const CTA_START = new RegExp(
  '^[(【［[]?(?:' +
    [
      // English
      'get (?:more|the|our|unlimited|full|access|breaking)', 'learn more', 'read more', 'see more', 'view more', 'show more',
      'more from', 'more stories', 'more on this', 'click (?:here|to)', 'tap (?:here|to)', 'follow (?:us|@|on)', 'join (?:us|our|the conversation)',
      'sign up', 'subscribe\\b', 'newsletter sign-?up$', 'download (?:the|our)', 'install (?:the|our)', "don'?t miss", 'never miss', 'stay (?:informed|updated|connected)',
      'try (?:it )?free', 'start (?:your )?free', 'already a (?:subscriber|member)', 'log ?in to', 'sign in to', '(?:log ?in|sign in) or (?:subscribe|register|sign up)', 'register to (?:read|continue|view|see)', 'become a (?:member|subscriber)',
      'support (?:our|independent) journalism', 'support us\\b', 'unterstütze(?:n sie)?\\s', 'get the app', 'watch (?:now|live|the video)', 'listen (?:now|to this)',
      'you may (?:also )?like', 'you might (?:also )?like', 'also read', 'read also', 'read next', 'up next', 'to view the full story',
      'if you enjoyed', '(?:like|liked|love|enjoy(?:ed)?) this (?:story|article|post|piece)\\?', 'was this (?:article|page|helpful)', 'did you (?:like|enjoy|find) this', 'submit your', 'for the latest (?:stories|news)',
      'this (?:post|article|page) (?:contains|may contain) (?:affiliate|references)', 'this (?:article|story|content) is (?:only )?(?:available|reserved|accessible) (?:to|for) ', 'this entry was posted', 'you must be logged in',
      'check out (?:more|our|all|the latest)\\b[^.!?]{0,30}\\b(?:articles|stories|posts|news|videos)\\b',
      'why you can trust\\b', 'by (?:submitting|signing up|subscribing|registering|clicking (?:submit|sign up|subscribe))\\b', 'please enter (?:a |your )?(?:valid )?(?:e-?mail|name)',
      'discover more$', 'keep reading(?: (?:with|for|now)\\b|$)',
      // German
      'auch interessant', 'ebenfalls interessant', 'schon gelesen', 'mehr zum thema', 'mehr zu', 'lesen sie (?:auch|mehr|hier|weiter)', 'weiterlesen',
      'mehr erfahren', 'mehr lesen', 'zum artikel', 'zum weiterlesen', 'das könnte (?:sie|dich) (?:auch )?interessieren', 'das thema könnte',
      'war (?:der|dieser) (?:artikel|beitrag)', 'hat ihnen (?:der|dieser) (?:artikel|beitrag)', '(?:möchten sie )?(?:den )?artikel (?:teilen|bewerten)',
      'hier können sie', 'jetzt (?:abonnieren|anmelden|registrieren|bestellen|entdecken|lesen|kaufen|kommentieren)', 'newsletter abonnieren', 'entdecken sie',
      'entdecke weitere', 'kommentar (?:verfassen|schreiben|erstellen|hinzufügen|abgeben)', 'kommentieren', 'keine kommentare', 'sie müssen (?:sich )?(?:eingeloggt|angemeldet)',
      'sie sind (?:aktuell )?nicht eingeloggt', 'weitere (?:informationen|infos|beiträge|artikel|tourentipps|themen)\\b(?![^.!?]*\\b(?:nicht|keine)\\b)', 'zur(?:ück zur)? startseite$', 'zum thema:?$', 'mehr themen', 'alle angaben ohne gewähr',
      'über den autor', 'über die autorin', 'inhaltsverzeichnis', 'zurück(?: zur übersicht)?', 'gefällt (?:dir|ihnen)', 'kennt ihr schon', 'dieser (?:text|beitrag) wurde',
      'sie möchten', 'bitte laden sie', 'folgen sie uns', '\\*?werbung\\s*(?:$|[.:|*–—-]|für\\b[^.!?]*$)', 'anzeige\\s*(?:$|[.:|*–—-])',
      'rezept drucken', 'bild anzeigen', 'quellen (?:ausblenden|anzeigen|einblenden)', 'vorschau auf den nächsten artikel', '(?:\\.{3}|…)?\\s*weiter zu\\b',
      'print (?:recipe|this (?:article|page|recipe))',
      // A comment form's login prompt and the print version's footer: "Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein."
      'um (?:einen |ihren |deinen )?kommentare? (?:zu )?(?:hinterlassen|schreiben|verfassen|abzugeben)', 'to (?:leave|post|write) a comment',
      'sie finden diesen (?:artikel|beitrag) im internet', 'this (?:article|story|page) (?:was |is )?printed from',
      // "Bleib auf dem Laufenden …", "Erhalte Updates direkt auf dieses Gerät", "Den Rest des Artikels gibt's hier.", "Tried this recipe?"
      'bleib(?:en sie|t)? (?:immer )?auf dem laufenden', 'stay up to date', 'erhalte(?:n sie)? (?:jetzt )?(?:updates|benachrichtigungen|push-?nachrichten)',
      'den rest (?:des|dieses) (?:artikels|beitrags)', 'read the (?:rest|full (?:story|article))', 'tried (?:this|the|our) recipe',
      // Spanish, Portuguese
      'lea (?:también|más|además)', 'lee (?:también|más)', 'leer más', 'ver más', 'vea también', 'mira:', 'le puede interesar', 'te puede interesar',
      'también te puede', 'noticias relacionadas', 'relacionad[oa]s?:', 'hazte miembro', 'suscríbete', 'síguenos', 'leia (?:também|mais)', 'veja (?:também|mais)',
      // French, Italian
      'lire (?:aussi|la suite|plus)', 'à lire (?:aussi|également)', 'voir aussi', 'en savoir plus', 'abonnez-vous', 'leggi anche', 'per saperne di più',
      // Polish
      'czytaj (?:też|także|również|więcej)', 'zobacz (?:też|także|również)', 'dowiedz się więcej', 'zapraszamy', 'polecamy', 'udostępnij', 'drukuj',
      // Russian
      'читайте (?:также|нас|далее)', 'смотрите также', 'подписывайтесь на', 'подпишитесь на', 'следите за (?:нами|новостями)', 'материалы по теме',
      // "Больше новостей в Telegram-канале ТАСС. Подписаться", "Читать ria.ru в Telegram", "Новости по теме", "Версия для печати".
      'больше (?:новостей|материалов|видео) (?:в|на)\\s', 'читать \\S{2,30} в (?:telegram|дзен|max|вк|vk)', 'подписаться$', 'новости по теме', 'версия для печати$',
      // The print version's link: "Print version", "Printer-friendly version", "Druckversion", "Version imprimable".
      'print(?:er-friendly)? version$', 'druckversion$', 'version imprimable$',
      // Korean, Chinese, Japanese
      '관련 ?기사', '많이 본 (?:뉴스|기사)', '추천 ?기사', '기사 ?더보기', '구독하기', '相关(?:新闻|阅读|文章|报道)', '推荐阅读', '延伸阅读', '热门(?:文章|新闻)', '更多(?:新闻|精彩)',
      '扫码', '关注我们', '関連記事', 'あわせて読みたい', '点击(?:进入|查看|阅读|这里)', '[\\[【]?\\s*(?:이 시각 |[\\p{Script=Hangul}A-Za-z\\d]{1,12} )?(?:많이 본|주요|인기|추천|관련) ?(?:뉴스|기사)\\s*[\\]】]?$',
      // Headings of recommendation boxes, alone on their line ("관련 영상에는 …" opens a sentence).
      '(?:精彩(?:视频|图片)?推荐|猜你喜欢|相关视频|热门推荐|热点推荐|おすすめ(?:の)?記事|人気記事|関連ニュース|(?:관련|추천) ?(?:영상|동영상)|인기 ?기사)\\s*[:：>▶]?$',
      // "기사제보 및 보도자료 press@newsis.com", "기자의 다른 기사 보기", "▼この記事の続きを読む", "この記事の写真をすべて見る".
      '(?:기사\\s*)?제보(?:하기)?(?:\\s*및\\s*보도\\s*자료)?\\s*[:：]?\\s*\\S+@\\S+$', '(?:\\S+\\s*)?기자의?\\s*다른\\s*기사\\s*(?:보기|더보기)$',
      '[▼▶►]?\\s*(?:この記事の)?続きを読む$', 'この記事の(?:写真|画像)を(?:すべて|もっと)?見る$', 'あなたにおすすめ', '(?:有料)?会員限定(?:記事|です)', 'この記事は(?:有料|会員)', '残り\\d+文字',
      // Paywalls: "この記事は有料記事です。残り1234文字", "有料会員になると続きをお読みいただけます。", "유료 회원 전용 기사입니다", "开通会员阅读全文".
      'この記事は(?:有料|会員(?:限定)?)記事', '(?:有料|無料)会員(?:になる|登録|の方)', '今すぐ(?:登録|購読|申し込)', '続きを(?:お読み|読む)には', 'ログインして(?:続き|全文)',
      '유료 ?회원 ?(?:전용|가입|이 되시면)', '로그인(?:하고|하시면|하면) (?:계속|전체|기사)', '(?:开通|成为)会员', '登录(?:后|即可)(?:阅读|查看)', '阅读全文',
      // Korean promotions closing a story: "▶ 연합뉴스 앱 설치하기", "▶제보는 카톡 okjebo", "☞ 네이버에서 구독하기", Yonhap's bare "제보는 카카오톡 okjebo".
      '[▶►▷☞]\\s*.{0,30}(?:제보|구독|앱|바로가기|클릭|채널|친구 ?추가|다운로드|이벤트|신청)', '제보는\\s*(?:카카오톡|카톡|이메일|메일|전화)',
      // "Read this article in Korean here.": the story in another language.
      'read (?:this|the) (?:article|story|report) in (?:korean|english|chinese|japanese|russian|french|german|spanish)\\b',
      // Reuters' trailer: "Our Standards: The Thomson Reuters Trust Principles."
      'our standards:',
      // "Read: <headline>", "Lea: <titular>": a link to another story announced by a verb and a colon.
      '(?:read|watch|see|listen|lea|mire|vea|leia|veja|lire|voir|leggi|guarda|czytaj|zobacz|lesen|lies|siehe)\\s*:',
      'auch lesen', 'mehr interessantes', 'mehr aus (?:dem|der|den|unserem|unserer)(?:\\s+\\S+){1,2}$', '(?:neueste|ähnliche|empfohlene|beliebte|meistgelesene) (?:artikel|beiträge|nachrichten|news)',
      'sur le même sujet', 'audios? et vidéos sur le sujet', 'à voir (?:aussi|également)', 'saiba mais', 'te recomendamos', 'más noticias', 'further reading:', 'see also',
      'help us (?:continue|keep)', '(?:vorheriger|nächster|voriger) (?:beitrag|artikel)', 'nachfolgebeitrag', 'vorgängerbeitrag', '(?:previous|next) (?:post|article|story)\\b',
      // Headings of recommendation boxes, alone or before their links ("Related to this, Japan protested." is a sentence).
      "(?:recommended(?: for you)?|related(?: (?:stories|articles|news|content|coverage|topics|posts))?|trending(?: now)?|most (?:read|popular|viewed)|top (?:\\d{1,2} )?stories|editor'?s picks?|самое (?:читаемое|популярное|обсуждаемое)|アクセスランキング|热点推荐|热门文章)\\s*(?:$|[:：|»›>–—-])",
      '(?:related|recommended|trending)(?: ?[\\p{L}]+){1,3}$',
    ].join('|') +
    ')',
  'iu',
);
/**
 * An app store's badge or the appeal to go there: "Download on the App Store", "GET IT ON Google Play",
 * "Jetzt im App Store laden", "App Store | Google Play". A story names the stores too ("the appropriate
 * context is Apple's App Store policies"), so the store's name alone is not enough.
 */
const STORE_BADGE =
  /\b(?:download|get it|get the app|install|available (?:on|in|at|from)|herunterladen|laden|jetzt (?:im|bei)|disponible|descarga\p{L}*|télécharge\p{L}*|scarica)\b[^.!?]{0,50}\b(?:app store|google play|play store)\b|\b(?:app store|google play|play store)\b[^.!?]{0,30}\b(?:download|herunterladen|laden|installieren)\b|\b(?:app store|google play)\b[^.!?]{0,20}\b(?:app store|google play)\b|^(?:on |im |in |bei )?(?:the )?(?:app store|google play|play store)$/u;
const CTA_ANYWHERE = new RegExp(
  String.raw`\b(?:subscribe|sign up) (?:now|today|here|for)\b|\babonniere(?:n sie)? jetzt\b|\bnewsletter\b.*\b(?:sign up|subscribe|inbox|abonnieren)\b|\bcopyrighted property\b|written permission must be obtained|advertising disclos|affiliate links?\b.*\b(?:commission|provision)|provision(?:s-links)?\b.*\bverlinkungen|bei den verlinkungen handelt es sich|${STORE_BADGE.source}`,
  'iu',
);
/**
 * Appeals that run a sentence or two and are furniture whatever their length: the invitation to write
 * in, to follow the site on a network or install its app, affiliate and contributor disclaimers.
 */
const STRONG_CTA = new RegExp(
  [
    'we want to hear (?:what you think|from you)',
    '(?:submit|send)(?: us)? (?:a|your) letters? to the editor|write a letter to the editor',
    'download (?:the|our) [\\p{L} ]{0,30}apps? for (?:ios|android|iphone)',
    'if you enjoyed (?:reading )?this (?:post|article|story)',
    'this (?:post|article|page) (?:contains|may contain) (?:affiliate links|references to products)',
    'is not responsible for the (?:opinions|content|views|statements)',
    '(?:nuestro|únete a nuestro|síguenos en nuestro) canal de (?:youtube|telegram|whatsapp)|tenemos canal de (?:telegram|whatsapp)',
    '(?:abonnieren|subscribe to|sign up (?:for|to)|melden sie sich)\\b[^.!?]{0,60}\\bnewsletter',
    '(?:our|unseren?|unserem|notre|nuestr[oa]) [\\p{L}-]{0,20}newsletter\\b',
    // "The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here."
    'newsletter\\b.{0,200}[.!?:]\\s+(?:sign up|subscribe)(?: (?:here|now|today|for free))?[.!]?$',
    'cancel (?:anytime|at any time)|cancela cuando quieras|jederzeit kündbar|sans engagement, résiliable',
    // "Verraten Sie gerne in den Kommentaren: …", "Let us know in the comments".
    '(?:verraten sie|schreiben sie|sagen sie|let us know|tell us)\\b[^.!?]{0,40}\\b(?:in den kommentaren|in the comments)',
    // "Dieses Skript als PDF herunterladen", "Download this article as PDF".
    'als pdf herunterladen|download (?:this (?:article|story|script) )?as (?:a )?pdf',
    // "Your email address will not be published. Required fields are marked *": a comment form.
    'your email address will not be published|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht',
    // "Um den Tipp … kommentieren zu können, müssen Sie eingeloggt sein."
    '(?:müssen sie|musst du) (?:\\p{L}+ )?(?:eingeloggt|angemeldet|registriert) sein|you (?:must|need to) be (?:logged|signed) in to',
    // A magazine asking for support or pointing to its own tools: "Gefällt dir unser Klettermagazin?", "Kennt ihr schon unseren Brandfinder?"
    '(?:gefällt|gefallen) (?:dir|ihnen|euch) unser(?:e|en)? [\\p{L}-]+\\?|kennt ihr (?:schon )?unser(?:e|en)? [\\p{L}-]+\\?',
    // "Zapraszamy też do subskrypcji tygodnika …", "Einfach hier klicken und registrieren!", "Click here to subscribe".
    'zapraszamy (?:też |także |również )?do (?:subskrypcji|subskrybowania|prenumeraty|zapisania się|obserwowania)',
    '(?:einfach )?hier klicken und\\b|click here to (?:subscribe|register|sign up|download|join)',
  ]
    .map((p) => `\\b(?:${p})`)
    .join('|'),
  'iu',
);
/** Words that attribute what a sentence says: an appeal quoted in a story ("Follow the money, investigators said.") is news. */
const ATTRIBUTED = /,\s*(?:[\p{L}.'’-]+\s+){0,4}(?:said|says|urged|added|told|warned|wrote|sagte|sagt|erklärte|betonte|dijo|afirmó|a déclaré|a dit|ha detto)\b|\b(?:said|says|urged|sagte|sagt|dijo) (?:on|in|at|that|am|dass|que)\b/iu;

/**
 * A newsletter's promise of delivery: "Erhalten Sie kostenlos täglich die wichtigsten Solar-News direkt per
 * E-Mail.", "Get the best of our coverage delivered to your inbox." Opened by the offer's verb, so that a
 * sentence reporting that someone received an email stays.
 */
const INBOX_CTA =
  /^(?:erhalten sie|erhalte|bekommen sie|holen sie sich|get|receive|have)\b[^.!?]{0,100}\b(?:per e-?mail|by e-?mail|(?:in|into|to) your inbox|in ihr(?:en)? (?:e-mail-)?(?:postfach|posteingang))\b/iu;
/** A comment section's house rules: readers' comments are their writers' own responsibility. */
const COMMENT_POLICY = new RegExp(
  [
    '(?:los )?comentarios (?:publicados )?(?:son|serán) (?:de )?(?:exclusiva |entera |única )?responsabilidad de (?:sus|los) autores',
    '(?:os )?comentários (?:publicados )?são de (?:inteira |exclusiva |total )?responsabilidade d(?:e seus|os seus|os) autores',
    '(?:the )?comments (?:posted )?(?:are|remain) (?:the )?(?:sole |solely the )?responsibility of (?:their|the) (?:authors|posters|writers|commenters)',
    'les commentaires (?:publiés )?(?:sont|restent) (?:sous )?la (?:seule |pleine )?responsabilité de leurs auteurs',
    'i commenti (?:pubblicati )?sono (?:di )?(?:esclusiva |sola )?responsabilità (?:dei|degli) (?:loro )?autori',
    'die kommentare (?:geben|spiegeln) (?:ausschließlich |nur )?die meinung (?:der|ihrer) (?:verfasser|autoren|nutzer)',
  ]
    .map((p) => `^(?:${p})`)
    .join('|'),
  'iu',
);
/** "À lire aussi » <headline>", "Read also: <headline>": a link to another story, whatever the headline's punctuation. */
const READ_ALSO = /^(?:à lire (?:aussi|également)|lire aussi|read (?:also|more)|also read|lesen sie (?:auch|mehr)|lea (?:también|además)|leia também|leggi anche|czytaj (?:też|także|również))\s*[:»›>|–—-]/iu;
/** "Follow The Gleaner on Twitter", "follow him on X": a name, so case-sensitive ("follow these steps shared on Twitter" is a sentence). */
const FOLLOW_CTA = /\b[Ff]ollow (?:us|him|her|them|@?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}) on (?:Twitter|Facebook|Instagram|TikTok|Telegram|WhatsApp|LinkedIn|YouTube|X)\b/u;
const RELATED = /^(?:more|mehr|plus|más|więcej|related|verwandte|ähnliche) ?(?:articles?|artikel|stories|news|nachrichten|beiträge|zum thema|on this topic|sur le (?:même )?sujet)?:?$/i;

const MONTH_OR_DAY = new Set(
  (
    // en, de, fr, es, it, pt, nl, pl (genitive), no/da: months, short months and weekdays.
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun ' +
    'januar februar märz mai juni juli oktober dezember jän mär okt dez montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo ' +
    'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre ' +
    'janeiro fevereiro março maio junho julho setembro outubro dezembro januari februari maart mei augustus ' +
    'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia desember ' +
    'января февраля марта апреля мая июня июля августа сентября октября ноября декабря понедельник вторник среда четверг пятница суббота воскресенье'
  ).split(' '),
);
/** Words that may sit around a date on a line of its own: labels ("Published:", "Stand:") and links ("am", "um", "de"). */
const DATE_WORDS =
  /^(?:опубликовано|обновлено|дата|публикации|обновления|года|г|мск|в|st|nd|rd|th|published|posted|updated|last|modified|date|on|at|am|pm|um|uhr|h|utc|gmt|kst|jst|cst|est|edt|pst|pdt|cet|cest|mez|mesz|bst|ist|datum|stand|vom|veröffentlicht|veröffentlichung|aktualisiert|erstellt|publikacja|opublikowano|aktualizacja|dnia|publicado|actualizado|fecha|el|de|del|publié|le|mis|à|jour|pubblicato|aggiornato|il|data|em|gepubliceerd|op|publisert|oppdatert|kl|오전|오후|午前|午後|上午|下午)$/;

/**
 * A line that is only a date, in the languages of the pages this project reads, with its label:
 * "16 marca 2021", "Veröffentlichung: 2. Februar 2022", "Dezember 2008".
 */
export function isDateLine(line: string): boolean {
  // A date has a number (most lines have none).
  if (line.length > 70 || !/\d/.test(line)) return false;
  let tokens = line.toLowerCase().split(/[\s,.:;/|()\-–—]+/).filter(Boolean);
  // A number and a word run together are two tokens: spans set side by side print "14:30обновлено", and
  // ordinals "3rd".
  if (/\d\p{L}/u.test(line)) tokens = tokens.flatMap((t) => t.split(/(?<=\d)(?=\p{L})/u));
  let month = false;
  let year = false;
  let number = false;
  let labelled = false;
  for (const t of tokens) {
    if (/^\d+$/.test(t)) {
      number = true;
      if (t.length === 4) year = true;
    } else if (MONTH_OR_DAY.has(t)) month = true;
    // (Labels are the longer words: "on", "at", "de" only join.)
    else if (DATE_WORDS.test(t)) labelled ||= t.length > 3;
    else return false;
  }
  // Numbers alone make a date only in a short line (a row of figures is not one), unless a label says
  // what they are: "12:30 20.11.2026 (обновлено: 13:05 20.11.2026)".
  return number && (year || month) && (month || tokens.length <= 6 || (year && labelled));
}

const RELATIVE_TIME =
  '\\d+\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|months?|y|years?)\\s+ago|(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|just now|' +
  'vor\\s+(?:\\d+\\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)|(?:einer|einem)\\s+(?:minute|stunde|tag|woche|monat|jahr))|' +
  'il y a\\s+\\d+\\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hace\\s+\\d+\\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|años?)|há\\s+\\d+\\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|anos?)|' +
  '\\d+\\s+(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[июь]|месяц(?:а|ев)?)\\s+назад|' +
  '\\d+\\s*(?:초|분|시간|일|주|개월|년)\\s*전|\\d+\\s*(?:秒|分钟|分鐘|小时|小時|天|周|个月|個月|年|分|時間|日|週間|か月|ヶ月)前';
const STAMP_LABEL = '(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|обновлено|опубликовано|업데이트|수정|입력|更新|发布)';
const CLOCK_ZONE = '\\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:GMT|UTC|BST|CET|CEST|KST|JST|ET|EST|EDT|PT|PST|PDT|MSK)';
/** "3h ago 03.40 GMT", "Updated 5 minutes ago", "vor 3 Stunden", "3시간 전", "03.40 GMT": a stamp relative to now, or a bare clock time with its zone. */
const RELATIVE_STAMP = new RegExp(
  `^(?:${STAMP_LABEL}\\s*:?\\s*)?(?:(?:${RELATIVE_TIME})(?:\\s*[,|·•]?\\s*(?:${CLOCK_ZONE}|\\d{1,2}[.:]\\d{2}))?|${CLOCK_ZONE})$`,
  'iu',
);

/** "（令和8年11月20日（金曜日）10時31分\u3000於：本省会見室）": a Japanese date with its weekday, time and place. */
const JAPANESE_STAMP =
  /^[（(]?\s*(?:令和|平成)?\s*[0-9０-９元]{1,4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*(?:[（(]\s*[月火水木金土日](?:曜日?)?\s*[）)])?\s*(?:(?:午前|午後)?\s*[0-9０-９]{1,2}\s*[時:：]\s*(?:[0-9０-９]{1,2}\s*分?)?\s*(?:[〜～~-]\s*[0-9０-９]{1,2}\s*[時:：]\s*(?:[0-9０-９]{1,2}\s*分?)?)?)?\s*(?:於\s*[:：]\s*[^）)]{1,20})?\s*[）)]?$/u;

/** A publication or update stamp: an optional label ("Updated:", "입력"), a date or a time, the zone. */
const TIMESTAMP_LINE =
  /^(?:(?:published|posted|updated|last updated|modified|date|입력|수정|업데이트|发布时间|發佈時間|发布|更新|时间)\s*(?:on|at)?\s*[:：]?\s*)?[\w ,.:/-]*\b(?:\d{4}[-./年년]\s*\d{1,2}[-./月월]\s*\d{1,2}|\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})[\w ,.:/()+\-|日일時分秒시분초]*$/i;

/**
 * Korean, Japanese and Chinese stamp lines, which name what the time is and may name the outlet:
 * "연합뉴스 | 입력 2026-11-20 09:12 | 수정 2026-11-20 10:05", "2026/11/20 09:12 송고",
 * "2026年11月20日 09時12分 配信", "发布时间：2026-11-21 15:30", Yonhap's "송고시간2026-11-20 09:12", Xinhua's
 * regional "新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报", a Japanese wire's "2026年11月20日 09時12分 共同通信".
 */
const CJK_STAMP =
  /(?:記事入力|記事修正|입력|수정|송고|등록|업데이트|승인|기사전송|발행일|게재\s?일자|게재일|작성일|작성시간|発信|配信|更新|公開|掲載|发布|發佈|发表|時間|时间)(?:시간|일시|일자|일|时间|日時|於|于)?\s*[:：]?\s*\d{4}\s*[-./年년]\s*\d{1,2}\s*[-./月월]\s*\d{1,2}|\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?\s*[)）]?\s+(?:稿件)?(?:来源|來源|출처)\s*[:：]|\d{4}\s*[-./年년]\s*\d{1,2}\s*[-./月월]\s*\d{1,2}[\d\s.:/日일時分秒시분초오전후午前後]{0,20}(?:송고|입력|수정|発信|配信|更新|公開|掲載|发布)|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\d\s:時分]{0,12}\s*(?:NHK|[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:通信|新聞|ニュース|放送|日報|日报|新闻|网|網)(?:社)?)$/u;

/**
 * Whether a line is a stamp rather than a sentence: besides dates, labels and names ("Posted on
 * Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn") it has at most three lower-case words.
 */
function isStamp(line: string): boolean {
  // An editor's note is news: "Update July 3rd, 8:05AM ET: Added ARKit explanation and tweet."
  if (UPDATE_NOTE.test(line)) return false;
  // A sentence that gives a date ("On Nov. 20, 2026, North Korea fired a missile.") or a timeline's
  // entry ("November 20, 2026: North Korea fires a missile") says what happened: three words or more
  // that are no date, label or name-of-day, one of them in lower case.
  if (SENTENCE_END.test(line) || DATED_ENTRY.test(line)) {
    let told = 0;
    let lower = false;
    for (const w of line.split(/[\s,.:;/|()\-–—]+/)) {
      const lw = w.toLowerCase();
      if (!/^\p{L}{2}/u.test(w) || MONTH_OR_DAY.has(lw) || DATE_WORDS.test(lw) || STAMP_WORDS.test(lw) || ZONES.test(w)) continue;
      told++;
      if (/^\p{Ll}/u.test(w)) lower = true;
    }
    if (told >= 3 && lower) return false;
  }
  let plain = 0;
  for (const w of line.split(/[\s,.:;/|()\-–—]+/)) {
    if (!/^\p{Ll}\p{L}/u.test(w) || MONTH_OR_DAY.has(w) || DATE_WORDS.test(w) || STAMP_WORDS.test(w)) continue;
    if (++plain > 3) return false;
  }
  return true;
}
const UPDATE_NOTE = /^(?:update[sd]?|correction|clarification)\b.*\d.*:\s+\p{L}\S*(?:\s+\S+){2,}$/iu;
/** A date, then a colon or a dash, then words: "2026-11-20: Pyongyang tests a cruise missile". */
const DATED_ENTRY = /^[^:–—]{4,30}?\s*(?::|\s[–—-]\s)\s*\p{L}/u;
const ZONES = /^(?:AM|PM|UTC|GMT|KST|JST|CST|EST|EDT|PST|PDT|CET|CEST|BST|MSK|ET|PT)$/;
const STAMP_WORDS = /^(?:by|von|par|por|di|door|przez|updated|posted|published|modified|created|retrieved|accessed|aktualisiert|veröffentlicht|abgerufen)$/;

/** A score out of 5 or 10, given with decimals or a slash ("3 of 10 votes" is a count, not a score). */
const RATING_SCORE = /(?:^|[\s(:])(?:\d[.,]\d{1,2}\s*(?:\/|out of|von|sur|su|de|z|из)\s*(?:of\s+)?|\d\s*\/\s*)(?:5|10)(?![\d.,]*\d)/iu;
const RATING_WORD =
  /(?<!\p{L})(?:ratings|votes?|stimmen|bewertungen|sterne|stars?|gesamt|évaluations|votos|valoraciones|ocen[ay]?|głos(?:ów|y)|оценок|оценки|голос\p{L}*)(?!\p{L})|^(?:rating|bewertung|note|note moyenne|valoración)\s*[:：]/iu;

const ONLY_MARKS = /^[\p{P}\p{S}\s\d]*$/u;
const BARE_DATE_OR_TIME = /\d{4}[-./年년]\s*\d{1,2}[-./月월]\s*\d{1,2}|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|(?<!\d)\d{1,2}[/-]\d{1,2}[/-]\d{4}(?!\d)|\d{1,2}:\d{2}/;

const ROMANCE_STAMP = /^(?:publié|mis à jour|modifié|actualisé|publicado|actualizado|modificado|pubblicato|aggiornato|atualizado)(?:\s+(?:le|el|il|em|o|a|às|à))?\s/iu;
const CJK_TOOL_WORD = /字号|字體|字体|打印|关闭|收藏|纠错|举报|返回顶部/u;
/** What a line of those tools is made of: the tools, the sizes of the text, brackets and bars. */
const CJK_TOOLS = /(?:字号|字體|字体)\s*[:：]?|[大中小](?=[\s大中小】\]）)|｜]|$)|打印本页|打印此页|关闭窗口|关闭本页|收藏本页|返回顶部|我要举报|打印|关闭|收藏|纠错|举报|^\+1|[【】[\]（）()|｜/·\s]/gu;

const rules: Rule[] = [
  // A bare "2026-11-20 09:12" or "10.11.2021" is a stamp, and the date it gives counts.
  { reason: 'punctuation', maxLength: 40, test: (line) => ONLY_MARKS.test(line) && !BARE_DATE_OR_TIME.test(line) },
  {
    reason: 'advertisement',
    maxLength: 80,
    test: re(
      /^(?:[-–—\s[(【［]*)(?:advertisement|advertising|advertorial|ad|ads|sponsored(?: content| post| links?)?|promoted(?: content| stories)?|paid (?:post|content|partner)|anzeige|werbung|publicité|광고|广告|廣告|広告|pr|스폰서|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: with content)?|ad choices|adchoices|remove ads?)(?:[-–—\s\])】］]*)$|^(?:advertisement|anzeige|werbung)\s*[-–—:]\s*(?:scroll|continue|story continues|weiterlesen|lesen sie weiter)/i,
    ),
  },
  // What a page prints around its boxes for screen readers and embeds: the Guardian's "skip past
  // newsletter promotion" and "after newsletter promotion" around the sign-up box in the story, its
  // consent notice for an embedded post ("Allow Twitter content?", "This article includes content
  // provided by Twitter. We ask for your permission …", "Allow and continue"), Al Jazeera's "list of
  // 4 items" and "end of list" around its recommended stories, a feedback box's thanks, a sign-up
  // form's privacy and reCAPTCHA notices.
  {
    reason: 'page-tools',
    maxLength: 300,
    test: re(
      /^(?:skip past|after) (?:newsletter|social media|podcast|app) promotion$|^(?:skip past|after) (?:\p{L}+ )?content$|^allow (?:\p{L}+ ){1,2}content\?$|^allow and continue$|^this article includes content provided by .{2,40}\. we ask for your permission\b|^(?:list of \d{1,2} items?|end of list)$|^thank you for your feedback\.?$|^(?:gift|give) this article$|^share full article$|^add to (?:your |my )?saved (?:stories|articles)$|^save to (?:my )?(?:list|reading list)$|^privacy notice: newsletters? may contain\b|\bwe use google recaptcha to protect\b|\bthis site is protected by recaptcha\b|^reuse this content$|^explore more on these topics$|^this article is more than (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (?:years?|months?) old$/iu,
    ),
  },
  // A board record's field on a line of its own: "작성자 대변인실", "담당부서 : 통일정책실", "Department: Office of the Spokesperson".
  {
    reason: 'record-field',
    maxLength: 60,
    // (A Korean label stands apart from its value: "담당자는 …" opens a sentence. Other labels take a
    // colon; "작성자: 홍길동" with one names the writer, a source line.)
    test: (line) =>
      /^(?:(?:작성자|글쓴이|등록자)\s+(?![:：])|(?:담당부서|담당자|담당|부서)(?:\s*[:：]\s*|\s+)|(?:(?:responsible )?department|division|office in charge|担当課?|担当部署)\s*[:：]\s*)[\p{L}\d][\p{L}\d .·()&,-]{0,40}$/iu.test(line) && !SENTENCE_END.test(line),
  },
  // A text browser's list of the page's links under a dump ("lynx -dump"): "References", then "1. https://…",
  // "2. mailto:…", lines a hard-wrapped dump may run together; its "Visible links" and "Hidden links:".
  {
    reason: 'links',
    maxLength: 2000,
    test: re(/^(?:\d{1,4}\.\s+(?:https?:\/\/|mailto:|file:\/\/)\S+(?:\s+|$))+$|^(?:https?:\/\/\S+\s+){1,}https?:\/\/\S+$|^(?:visible|hidden) links:?$/i),
  },
  // A Japanese or Russian page's tools and notices: "この記事をシェアする", "記事を保存", "コメント一覧", the
  // picture label "写真・図版", "Читать ТАСС в", a typo report's "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter".
  {
    reason: 'page-tools',
    maxLength: 120,
    test: re(/^(?:この記事を(?:シェア|共有|保存)する|記事を保存(?:する)?|コメント(?:一覧|を(?:書く|見る))|写真・図版|читать (?:тасс|риа новости|рбк|интерфакс) в|(?:нашли|заметили) (?:опечатку|ошибку)\?.*ctrl\s*\+\s*enter.*|(?:found|spotted|see) (?:a |an )?(?:typo|mistake|error)\?.*ctrl\s*\+\s*enter.*|tippfehler gefunden\?.*|спасибо за подписку!?)$/iu),
  },
  // A Chinese page's tools and notices around the story: "扫一扫在手机打开当前页", "分享让更多人看到", "打开APP阅读更多",
  // Sohu's "返回搜狐，查看更多" and its disclaimer, "版权声明：…", Baidu's "举报/反馈", "无障碍浏览", "网站地图".
  {
    reason: 'page-tools',
    maxLength: 160,
    test: re(/^(?:(?:微信)?扫一扫(?:在手机打开当前页|分享|关注)?|分享让更多人看到|打开\s?APP\s?(?:阅读|查看)(?:更多|全文)?|返回搜狐[，,]\s*查看更多|声明[:：]\s*该文观点仅代表作者本人.*|版权声明[:：].*|举报\s*\/\s*反馈|无障碍浏览|网站地图)$/iu),
  },
  // A Korean page's buttons around the story: "기자 프로필", "응원하기", "기사제보", "네이버 메인에서 채널 구독하기".
  { reason: 'page-tools', maxLength: 40, test: re(/^(?:기자\s?프로필|기자\s?구독|응원(?:하기)?|기사\s?제보(?:하기)?|제보하기|[\p{L}\d ]{0,20}(?:채널|언론사)\s?구독(?:하기)?)$/u) },
  // Tip lines, support appeals and print-edition notes around a story, in the languages watched:
  // KBS's "■ 제보하기" box and its "▷ 전화 : 02-781-1234" lines, "MBC 뉴스는 24시간 여러분의 제보를 기다립니다.",
  // "한겨레를 후원해주세요", "澎湃新闻报料：021-962866", Asahi's and Sankei's subscription offers, Jiji's "あなたの声を
  // お寄せください", RIA's and Interfax's Telegram channels, Daily NK's "Read in Korean", the NYT's "Read in app".
  {
    reason: 'call-to-action',
    maxLength: 300,
    test: re(
      /(?:여러분의|소중한) 제보를? 기다립니다|제보로 함께 세상을 바꿉니다|제보를 기다립니다|후원해\s?주세요|후원하기|^[■□▶▷※·-]?\s*제보하기$|报料[:：]|有料記事が読み放題|読み放題に|今なら.{0,12}無料|初回登録月は無料|今すぐ始める|電子版のご案内|あなたの声をお寄せください|ご意見をお寄せください|в (?:нашем )?telegram-канале|подписывайтесь на (?:наш|нас)|^read (?:it |this )?in (?:korean|english|chinese|japanese|russian)$|have joined forces to bring you\b|^read in (?:the )?app$|^open in app$/iu,
    ),
  },
  // A tip box's or a desk's contact lines: "▷ 전화 : 02-781-1234, 4444", "이메일 : jebo@cbs.co.kr", "카카오톡 : @노컷뉴스".
  {
    reason: 'contact',
    maxLength: 90,
    test: (line) => /^(?:[■□▶▷※·-]\s*)?(?:전화|이메일|e-?mail|카카오톡|카톡|[가-힣]{0,6}(?:사이트|홈페이지)|팩스|fax|tel)\s*[:：]?\s*\S/iu.test(line) && (/[@]|\d{2,4}[-)]\s?\d{3,4}|https?:\/\/|'[^']+'\s*검색/.test(line)) && !SENTENCE_END.test(line.replace(/\.(?:com|kr|co|net|org)\b/g, '')),
  },
  // A broadcast's crew credits: "촬영기자:이경구/영상편집:김유진/그래픽:채상우", "(영상취재 : 박현철, 영상편집 : 김종미)";
  // a Chinese story's picture editor and proofreader ("图片编辑：蒋立冬", "校对：张亮亮").
  {
    reason: 'credit',
    maxLength: 120,
    test: re(/^[(（]?\s*(?:(?:촬영\s?기자|영상\s?취재|영상\s?편집|그래픽|촬영|편집|구성|자료\s?조사|디자인)\s*[:：]?\s*[가-힣]{2,4}(?:\s*[,/·]\s*[가-힣]{2,4})*\s*[,/·]?\s*)+[)）]?$|^(?:图片编辑|校对|审核|审校|监制|统筹|制作|美编|视频编辑)\s*[:：]\s*[\p{Script=Han}、 ]{2,20}$/u),
  },
  // Print-edition and reprint notes: the NYT's "A version of this article appears in print on …", Kommersant's
  // "Газета «Коммерсантъ» №201 от 01.11.2024, стр. 6", Nikkei's reprint service, a Chinese site's copyright
  // notice ("环球网版权作品，未经书面授权，严禁转载…"), Bloomberg's "—With assistance from …".
  {
    reason: 'credit',
    maxLength: 400,
    test: re(/^a version of this article appears in print\b|^газета «[^»]{2,30}» №\s?\d+|記事利用サービス|^[-–—]\s*with (?:assistance|additional reporting) (?:from|by)\s/iu),
  },
  { reason: 'copyright', maxLength: 200, test: re(/版权作品[，,]\s*未经|未经书面授权[，,]?\s*(?:严禁|不得)/u) },
  // Counters, tools and stamps of Japanese, Chinese and Korean pages: "582文字", "はてな", "字号分享", "동영상",
  // "좋아요 0개", "중앙일보 광고", "2025/7/29 10:12（最終更新 7/29 11:40）", "2025-01-07 08:12来源：澎湃新闻",
  // Mainichi's and Nikkei's section heads.
  {
    reason: 'page-tools',
    maxLength: 60,
    test: re(/^\d{2,5}文字$|^はてな(?:ブックマーク)?$|^字号\s*分享$|^동영상$|^좋아요\s*\d+\s*개?$|^[\p{Script=Hangul}A-Za-z]{2,10}\s*광고$|^기사\s?내용\s?요약$/iu),
  },
  {
    reason: 'timestamp',
    maxLength: 80,
    test: (line) => {
      const m = /^(.{6,30}?)\s*(?:[（(]\s*(?:最終更新|更新)[^)）]{1,24}[)）]|来源\s*[:：]\s*[\p{L}\d]{2,20})$/u.exec(line);
      return m !== null && (isDateLine(m[1]!) || /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$/.test(m[1]!.trim()));
    },
  },
  // The NYT's "Reporting from Seoul" over the story: where the reporter was, not text.
  { reason: 'dateline', maxLength: 60, test: re(/^[Rr]eporting from [\p{Lu}][\p{L} ,.'’-]{1,40}$/u) },
  // A wire's note to its clients on what changed: Yonhap's "(ATTN: ADDS details in paras 3-5)", Reuters'
  // "(Adds comment from White House in paragraph 5)", AP's "(EDS: Updates with …)".
  {
    reason: 'editor-note',
    maxLength: 200,
    test: (line) => {
      const m = /^[([]\s*(?:(attn|eds|editors?|note to editors)\s*:|(?:adds|updates|corrects|recasts|rewrites|refiles|repeats|fixes|changes|moves|writethru)\b)[^()[\]]{2,180}[)\]]$/i.exec(line);
      // A verb alone opens a sentence too ("(Changes in the law took effect in 2024)"): the note names a part of the story.
      return m !== null && (m[1] !== undefined || /\b(?:paragraphs?|paras?|pars?|headline|dateline|byline|lead|details|quotes?|comments?|background|reaction|throughout|context|graphics?|photos?|spelling|name|figures?|typo|updates?)\b/i.test(line));
    },
  },
  // A transcript's venue under its title: "James S. Brady Press Briefing Room", "Aboard Air Force One", "Oval Office".
  {
    reason: 'venue',
    maxLength: 80,
    test: re(/^(?:(?:Aboard|En route to|Via teleconference) (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,4}|(?:\p{Lu}[\p{L}.]*\s+){0,5}(?:Press Briefing Room|Briefing Room|Oval Office|Rose Garden|South Lawn|East Room|State Dining Room|Cabinet Room|Roosevelt Room|Auditorium|Air Force One))(?:,\s*\p{Lu}[\p{L} .,]{1,40})?$/u),
  },
  // A newsletter's furniture: "View this email in your browser", "You are receiving this email because you
  // subscribed to …", "Unsubscribe | Update preferences", a mail client's "---------- Forwarded message ---------".
  {
    reason: 'newsletter',
    maxLength: 250,
    test: re(
      /^(?:view (?:this (?:email|e-mail|newsletter) )?(?:in|on) (?:(?:your|a|the) )?(?:web )?browser|having trouble (?:viewing|reading) this (?:email|e-mail)\b.*|(?:you (?:are|were) )?receiv(?:ing|ed) this (?:email|e-mail|newsletter|message) because\b.*|unsubscribe(?:\s*[|·•]\s*(?:update|manage) (?:your )?(?:preferences|subscription))?|(?:update|manage) (?:your )?(?:email )?(?:preferences|subscription)(?:\s*[|·•]\s*unsubscribe)?|-{3,}\s*(?:forwarded|original) message\s*-{3,}|begin forwarded message:)$/iu,
    ),
  },
  {
    reason: 'call-to-action',
    maxLength: 300,
    test: (line) =>
      STRONG_CTA.test(line) ||
      FOLLOW_CTA.test(line) ||
      READ_ALSO.test(line) ||
      (line.length <= 200 && INBOX_CTA.test(line)) ||
      (line.length <= 200 &&
        (line.length < 80 || !SENTENCE_END.test(line) || /^[\p{Lu}\s]{6,}[:：]/u.test(line)) && (CTA_START.test(line) || CTA_ANYWHERE.test(line)) &&
        !ATTRIBUTED.test(line)),
  },
  {
    reason: 'related',
    maxLength: 90,
    test: re(RELATED),
  },
  {
    reason: 'credit',
    maxLength: 120,
    // "Source: KCNA | 2026-11-21 06:00" names the story's source and its time: a source line (below).
    test: (line) =>
      /^[(（]?(?:photo|image|picture|foto|bild|titelbild|beitragsbild|credits?|crédits? photos?|quelle|quellen|source|fuente|źródło|abbildung|grafik|video|image illustrative|photo d'illustration|illustration|写真|画像|撮影|提供|фото|источник|иллюстрация)s?(?:\s*\d{1,3})?\s*[:：]/iu.test(line) &&
      !(/^(?:source|quelle|fuente|źródło|источник)\s*[:：]/iu.test(line) && parseDate(line) !== null),
  },
  // German picture credits under a compound label, and a gallery's credit: "Symbolbild: picture alliance/dpa",
  // "Rubriklistenbild: © KCNA/dpa", "Aufmacherfoto: Jane Doe", "– alle Bilder von Eileen Jordan –".
  {
    reason: 'credit',
    maxLength: 120,
    test: (line) =>
      (/^(?:[\p{L}-]{2,30}(?:bild|bilder|foto|fotos)|(?:[\p{L}-]{0,20}(?:bild|foto))(?:quelle|quellen|nachweis|nachweise|rechte|credits?))\s*[:：]\s*\S/iu.test(line) && !SENTENCE_END.test(line)) ||
      /^[-–—\s]*alle (?:bilder|fotos)\s*(?:von\b|[:：©])[^.!?]{2,60}[-–—\s]*$/iu.test(line),
  },
  // A rating widget's figures: "5.0 out of 5 based on 2 ratings", "(95 Stimmen: 4,73 von 5)", "0 / 5 Gesamt: 4.85".
  {
    reason: 'rating',
    maxLength: 120,
    test: (line) => !SENTENCE_END.test(line.replace(/\)$/, '')) && RATING_SCORE.test(line) && RATING_WORD.test(line),
  },
  // Japanese papers' credits on lines of their own: "［共同］", "（ソウル＝共同）", "※写真はイメージです",
  // "朝日新聞デジタルに掲載された記事です".
  {
    reason: 'credit',
    maxLength: 60,
    test: re(/^[［[（(【]\s*(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,6}[=＝])?(?:共同|共同通信|共同通信社|時事|時事通信|時事通信社|ロイター|AP|AFP|聯合ニュース|新華社|朝鮮中央通信|KCNA)\s*[］\]）)】]$|^※?(?:写真|画像)はイメージです。?$|に(?:掲載|配信)された記事です。?$/u),
  },
  // NHK's easy-Japanese pages: the key to the colours names are printed in ("…人の名前", "…会社やグループなどの名前")
  // and the note on underlined words ("※下に線があることばは辞書の説明を見ることができます。").
  {
    reason: 'page-tools',
    maxLength: 60,
    test: re(/^…[^。]{1,20}の名前$|^※?[^。]{0,20}ことば(?:は|を押すと)、?辞書の説明を見ることができます。?$|^ことばの色を(?:消す|つける)$/u),
  },
  // A broadcast script's parts: "[앵커]", "<리포트>", "[기자 멘트]" alone on a line; and the reporter's
  // hand-over and sign-off ("Max Lee has more.", "Max Lee, KBS World Radio News.", "KBS 뉴스 홍길동입니다.").
  // A live page's or a flash's badge alone on its line: "Live", "BREAKING", "속보", "快讯".
  { reason: 'label', maxLength: 20, test: re(/^(?:live|live updates|live blog|breaking(?: news)?|just in|developing(?: story)?|속보|단독|快讯|突发|速報|срочно|молния)$/iu) },
  // A stamp glued to its relative time, read aloud and shown apart: "Published On 6 Nov 202648 minutes ago".
  { reason: 'timestamp', maxLength: 80, test: (line) => { const m = STAMP_THEN_AGO.exec(line); return m !== null && classifyLine(m[1]!) === 'timestamp'; } },
  { reason: 'label', maxLength: 20, test: re(/^[[<［〈◀‹]\s*(?:앵커|기자|리포트|앵커\s?멘트|기자\s?멘트|anchor|reporter|report)\s*[\]>］〉▶›]$/iu) },
  { reason: 'byline', maxLength: 80, test: (line) => broadcastReporter(line) !== null },
  // A credit alone on its line: "[Photo: Xinhua]", "[조선중앙TV 화면 캡처]", "[연합뉴스 자료사진]", "（图片来源：视觉中国）", "资料图".
  {
    reason: 'credit',
    maxLength: 60,
    test: re(/^[[(（]\s*(?:photo|image|picture|file photo|graphic|photograph|foto|bild|사진|写真|图片)s?\s*(?:[:：/=＝]|by)\s*[^\])）]{1,60}[\])）]$|^\[[^\]]{0,40}(?:자료사진|사진 제공|제공|촬영|화면 캡처|캡처|DB 금지)\]$|^[（(]?(?:图片来源|圖片來源|图源|摄影|攝影)\s*[:：].{1,30}?[)）]?$|^(?:资料图|資料圖|资料图片|配图)$/iu),
  },
  // Korean portals' and papers' tools: "기사원문", "본문 듣기", "텍스트 음성 변환 서비스 사용하기", "SNS 보내기",
  // "구독중", "언론사 홈 바로가기", "기자 구독", "댓글", "공감", "이 기사를 공유합니다", "기사 저장", "인쇄하기", "닫기", "좋아요".
  {
    reason: 'page-tools',
    maxLength: 40,
    test: re(/^(?:기사\s?원문(?:\s?보기)?|본문\s?듣기(?:\s?(?:시작|설정))?|텍스트\s?음성\s?변환\s?서비스(?:\s?사용하기)?|SNS\s?(?:보내기|공유(?:하기)?)|구독중|구독하기|(?:언론사|기자)\s?(?:홈\s?바로가기|구독(?:하기)?|페이지)|[\p{Script=Hangul}\w]{1,12}\s구독|댓글(?:\s?쓰기)?|공감(?:\s?\d+)?|이 기사를 공유합니다|기사\s?(?:저장|스크랩)|인쇄(?:하기)?|닫기|좋아요(?:\s?\d+)?)$/u),
  },
  // Chinese pages' tools and notices: "【纠错】", "【打印】【关闭】", "打印本页", "关闭窗口", "举报", "扫一扫，分享到微信",
  // "打开微信，点击底部的“发现”…", "上一篇", "下一篇：…", "手机看新闻", "下载客户端", "转载请注明出处".
  {
    reason: 'page-tools',
    maxLength: 120,
    test: re(/^(?:[【[]\s*(?:我要)?(?:纠错|打印|关闭|收藏|推荐|评论|举报|分享)\s*[】\]]\s*)+$|^(?:打印本页|打印|关闭窗口|关闭|(?:违法和不良信息)?举报(?:电话|邮箱|中心)?|纠错|手机看新闻|下载客户端|(?:扫一扫|扫描二维码)[，,]?\s*(?:分享到|关注).{0,10}|打开微信[，,].{0,60}朋友圈。?|上一篇|下一篇)(?:\s*[:：].{0,60})?$|^(?:转载请注明(?:出处|来源)|未经允许不得转载)。?$/u),
  },
  // A board's links to the posts before and after: "이전글 통일부 대변인 정례브리핑 (2026.11.19.)", "다음글", "前の記事", "次のニュース".
  { reason: 'related', maxLength: 150, test: re(/^(?:이전\s?글|다음\s?글|이전\s?기사|다음\s?기사|前の(?:記事|ニュース)|次の(?:記事|ニュース))(?:$|\s*[:：▲▼]?\s)/u) },
  // A ministry's note that its transcript may differ from what was said: "※ 본 자료는 실제 브리핑 내용과 다를 수 있습니다."
  { reason: 'disclosure', maxLength: 100, test: re(/^※?\s*(?:본|이)\s*(?:자료|브리핑\s?자료|녹취록|속기록)(?:는|은)\s.{0,40}다를\s?수\s?있습니다\.?$/u) },
  // "原标题：中方呼吁克制", "本文来自：新华网", "制作单位：新华网": where a story was first printed or who made the page.
  { reason: 'source-line', maxLength: 120, test: re(/^(?:原标题|本文来自|本文来源|文章来源|制作单位|出品)\s*[:：]/u) },
  // A Japanese page's link to its photos or video: "【写真】発射されたミサイル", "【動画】…".
  { reason: 'gallery', maxLength: 80, test: re(/^【(?:写真|画像|動画|図解|グラフ|写真特集)】/u) },
  { reason: 'share', maxLength: 120, test: re(SHARE_LINE) },
  // The page's own short address, offered for sharing: "Permalink https://p.dw.com/p/3WRPd", "Short-URL: …".
  { reason: 'share', maxLength: 200, test: re(/^(?:permalink|permalien|enlace permanente|short-?url|kurz-?url|kurzlink|get short url)\s*:?\s*(?:https?:\/\/\S+\s*)*$/i) },
  // … named as the link to the story, address and all: "Link to this article: https://…", Kremlin's
  // "Ссылка на материал: kremlin.ru/d/75012", "本文链接：…".
  {
    reason: 'share',
    maxLength: 200,
    test: re(/^(?:link to (?:this|the) (?:article|story|page|post)|short link|ссылка на (?:материал|статью|новость)|постоянная ссылка|короткая ссылка|本文链接|原文链接|本文網址|原文網址)\s*[:：]\s*(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/iu),
  },
  {
    reason: 'source-line',
    maxLength: 200,
    test: (line) =>
      SOURCE_LABEL.test(line) && (/[|｜]/.test(line) || line.length < 80 || (line.length < 120 && parseDate(line) !== null)) ||
      /^[(（【[]?\s*(?:editor|责任编辑|責任編輯|责编|責編|编辑|編輯|編集|작성자|편집|reporter|记者)\s*[:：]/i.test(line) ||
      /\|\s*(?:editor|责任编辑|编辑)\s*[:：]/i.test(line),
  },
  // "（原标题：朝鲜再次发射弹道导弹）": the headline a reposted story had at its source.
  { reason: 'source-line', maxLength: 120, test: re(/^[（(]\s*原标题\s*[:：].{1,100}[)）]$/) },
  {
    // "5 min read", "Lesezeit: 4 Minuten", "11 minut czytania", "3분 읽기"
    reason: 'reading-time',
    maxLength: 40,
    test: re(
      /^(?:(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania|leestijd)\s*[:：]?\s*(?:ca\.?\s*|etwa\s+|about\s+|approx\.?\s*|około\s+)?\d+\s*[\p{L}.]*|(?:ca\.?\s*|jeszcze\s+|noch\s+|still\s+)?\d+[\s-]*(?:min(?:ute)?s?|minuten|minut[ay]?|minutos|minuti|분|分钟)\.?\s*(?:read|reading(?: time)?|left|lesezeit|lesen|czytania|de lecture|de lectura|di lettura|leestijd|읽기|阅读)?)$/iu,
    ),
  },
  {
    reason: 'hit-counter',
    maxLength: 60,
    test: re(
      /^(?:(?:views?|hits?|reads?|(?:page|post|article) ?views?|aufrufe|zugriffe|gelesen|visites|visitas|lecturas|阅读(?:量|数)?|浏览(?:量|次数)?|点击(?:量|数)?|조회(?:수)?|人气|閲覧(?:数)?|просмотр(?:ов|ы)?)\s*[:：]?\s*[\d,.]+[kKmM万千]?\+?\s*(?:次|회|mal)?|[\d,.]+[kKmM万千]?\+?\s*(?:views|reads|hits|aufrufe|mal gelesen|次阅读|次浏览|회 조회|просмотр(?:ов|а)?)|(?:read|gelesen)\s+[\d,.]+\s+(?:times|mal))$/i,
    ),
  },
  {
    reason: 'cms-junk',
    maxLength: 120,
    test: (line) =>
      !SENTENCE_END.test(line) &&
      (/\b(?:odoo|wordpress|joomla|drupal|squarespace|wix\.com|blogger|typepad|ghost cms)\b/i.test(line) ||
        /^(?:powered by|built with|theme by|proudly powered)\b/i.test(line) ||
        /^(?:undefined|null|NaN|\[object Object\]|loading\.*|javascript (?:is )?(?:disabled|required).*|please enable javascript.*|your browser does not support.*)$/i.test(line) ||
        /\{\{[^}]*\}\}|<\/?[a-z]+[^>]*>|&[a-z]+;/i.test(line)),
  },
  // Ad and analytics tags left in the text as code: "googletag.cmd.push(function() { … });",
  // "(adsbygoogle = window.adsbygoogle || []).push({});", "window.dataLayer.push({…});".
  {
    reason: 'cms-junk',
    maxLength: 1000,
    test: (line) =>
      /\b(?:googletag\.|adsbygoogle|dataLayer\.push\(|gtag\(|fbq\(|_gaq\.push\(|_taboola|__tcfapi\(|document\.write\()/.test(line) && /[;})]\s*$/.test(line),
  },
  // PHP's own warnings printed into the page: "Warning: Creating default object from empty value in /www/… on line 56".
  { reason: 'cms-junk', maxLength: 500, test: re(/^(?:warning|notice|deprecated|strict standards|fatal error|parse error)\s*:\s.*\bon line \d+$/i) },
  {
    reason: 'cookie-notice',
    maxLength: 400,
    test: re(
      /\b(?:we use cookies|this (?:site|website) uses cookies|wir (?:verwenden|nutzen) cookies|(?:diese|unsere) (?:website|webseite|seite) (?:verwendet|nutzt) cookies|korzystamy z (?:plików )?cookies|utilizamos cookies|nous utilisons des cookies|utilizziamo (?:i )?cookie)/i,
    ),
  },
  // "Some of the links above are affiliate links …", "… erhält Tarnkappe.info eine kleine Provision": addressed to the reader.
  {
    reason: 'disclosure',
    maxLength: 400,
    test: (line) =>
      /\baffiliate[- ]?links?\b|\b(?:will|may|might) earn (?:an? )?(?:small )?(?:affiliate )?commissions?\b|\b(?:erhält|erhalten|bekommt|bekommen)\b[^.]{0,60}\bprovision\b|\beine provision erhält\b/i.test(line) &&
      /\b(?:you|your|du|dich|dir|sie|ihnen|links?)\b/i.test(line),
  },
  // "This article reflects the opinion of its author, not necessarily that of the editors."
  {
    reason: 'disclosure',
    maxLength: 400,
    test: re(
      /мнение редакции может не совпадать с мнением автора|\b(?:gibt|geben) (?:\w+ )?die meinung des autors wieder|\b(?:views|opinions) expressed (?:here |in this (?:article|piece|column) )?are (?:solely )?(?:those of the author|the author['’]?s|the authors['’]?)|\blas opiniones expresadas\b.{0,60}\b(?:autor|responsabilidad)|\bdo(?:es)? not necessarily reflect the (?:views|opinions?) of\b/i,
    ),
  },
  // Notes about the text rather than part of it: who vouched for it, where it was posted. "Dieser
  // Text … wurde von Medizinern geprüft", "Medically reviewed by …", "Bei diesem Beitrag handelt es
  // sich um ein Blog aus der Community", the card sites' notes on the bank advertiser, and
  // "【免责声明】本文仅代表作者本人观点，与本网无关。".
  {
    reason: 'disclosure',
    maxLength: 400,
    test: re(
      /\b(?:wurde|wird) von (?:unseren |einem |einer )?(?:medizinern|ärzt(?:en|innen)|fachärzt(?:en|innen)|experten|expertinnen|unserer medizinischen redaktion) (?:geprüft|überprüft)|\bmedically reviewed by\b|\bentspricht den vorgaben der ärztlichen fachliteratur|\bbei diesem (?:beitrag|artikel|text) handelt es sich um (?:ein |eine |einen )?(?:blog|blogbeitrag|gastbeitrag|leserbeitrag|leserartikel|community-beitrag)|\bnot (?:provided|commissioned|reviewed|endorsed)\b[^.]{0,40}\bby the (?:bank advertiser|card issuer)|\band not the (?:card issuer|bank advertiser)\b|^[【[]\s*免责声明\s*[】\]]|本文仅代表作者(?:本人|个人)?观点/i,
    ),
  },
  // A portal's note on a story it carries: "新浪声明：此消息系转载自新浪合作媒体，…不构成投资建议。", Naver's
  // "이 기사는 언론사에서 정치 섹션으로 분류했습니다." and "기사 섹션 분류 안내", its pitch for the paper's edition.
  { reason: 'disclosure', maxLength: 300, test: re(/^[\p{Script=Han}]{0,6}声明[:：].{0,200}(?:转载|不代表|仅供参考|不构成|不意味着)/u) },
  {
    reason: 'disclosure',
    maxLength: 120,
    test: re(/^이 기사는 언론사에서 .{1,20} 섹션으로 분류했습니다\.?\s*(?:기사 섹션 분류 안내)?$|^기사 섹션 분류 안내$|^메인에서 바로 보는 언론사 편집 뉴스.{0,30}$|^본문 요약봇$/u),
  },
  // The heading of a contact, author or sources box, alone on its line.
  // A government site's section over its releases: "Statements and Releases", "Press Briefings", "Speeches and Remarks".
  {
    reason: 'label',
    maxLength: 40,
    test: re(/^(?:(?:press|news|media) )?(?:statements?|releases?|remarks|speeches|briefings?|readouts?|transcripts?|announcements?|presidential actions|briefing room)(?: (?:and|&) (?:(?:press|news|media) )?(?:statements|releases|remarks|speeches|briefings|readouts|transcripts|announcements))?$/i),
  },
  // The UN's note under its press releases; a picture's rights holder ("Image © 2026 Planet Labs PBC. All rights reserved.").
  { reason: 'notice', maxLength: 80, test: re(/^for information media\.?\s*not an official record\.?$/i) },
  { reason: 'credit', maxLength: 300, test: re(/^(?:images?|photos?|figures?|maps?|graphics?|satellite imagery)\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?\p{L}/iu) },
  { reason: 'label', maxLength: 40, test: re(/^(?:kontakt|pressekontakt|autoren|autorin|autor|quellen|quellenangaben|sources?|contact|press contact|ansprechpartner(?:in)?(?: zum thema)?|kommentare|comments|release date|veröffentlichungsdatum|zusatzinformationen|additional information|newsletter)\s*:?$/i) },
  { reason: 'cms-junk', maxLength: 20, test: re(/^(?:loading|wird geladen|cargando|chargement)\s*(?:\.{1,3}|…)?$/i) },
  // A comment widget's notice: "Please enable JavaScript to view the comments powered by Disqus.". (A line of
  // script is not junk as such: technical articles print code.)
  { reason: 'cms-junk', maxLength: 160, test: re(/\benable javascript to (?:view|see|use|read)\b|\bcomments powered by disqus\b/i) },
  {
    reason: 'tags',
    maxLength: 300,
    // Alone on its line only in the plural: a German "Tag" is a day.
    test: re(/^(?:tags?|topics?|keywords?|related topics|filed under|categories|category|posted in|published in|теги|темы|рубрик[аи]|ключевые слова|опубликован[оа]? в разделах?|태그|키워드|关键词|關鍵詞|标签|標籤|文章关键词)\s*(?:[:：#|]|>{1,2}|»)|^(?:tags|topics|keywords|related topics|теги|темы|태그|키워드|关键词|關鍵詞|标签|標籤)$/i),
  },
  // A line of hashtags and nothing else: "#北朝鮮 #ミサイル #防衛省", "#NorthKorea #Missile".
  { reason: 'tags', maxLength: 300, test: re(/^(?:#[\p{L}\p{N}_]+[\s,]*){2,}$/u) },
  // A copyright notice or a source in brackets: "[Copyright (c) 2026 Yonhap News Agency]", "【来源：环球网】".
  { reason: 'copyright', maxLength: 160, test: re(/^[[【［]\s*(?:copyright|©|ⓒ|\(c\)).{0,140}[\]】］]$|^[(（]\s*(?:copyright|©|ⓒ).{0,140}[)）]$/i) },
  { reason: 'source-line', maxLength: 60, test: re(/^[【[［(（]\s*(?:来源|來源|出处|出處|source|quelle)\s*[:：][^】\]］)）]{1,40}[】\]］)）]$/i) },
  {
    reason: 'copyright',
    maxLength: 250,
    test: re(
      /^(?:©|copyright(?:\s*(?:©|ⓒ|\(c\)|\d{4}|by\b|of\b|[:：])|$)|\(c\)\s*\d{4}|all rights reserved|alle rechte vorbehalten|저작권자|무단\s*전재|版权所有|版權所有|未经授权|本网站所刊载)|all rights reserved\.?$|^все права защищены\.?$|무단\s*전재.{0,20}금지|AI\s*학습.{0,20}(?:금지|활용될 수 없)|未经(?:授权|许可|書面許可|授權)[，,]?\s*(?:不得|严禁|禁止|请勿|嚴禁|不得以任何形式)|無断(?:で)?(?:転載|複製|転用)(?:[・、](?:転載|複製|転用|放送|配信|公衆送信))*(?:を)?(?:禁|お断り)|^[（(]\s*c\s*[)）]\s*\S/i,
    ),
  },
  // "Copyright Yonhap News Agency": the holder's name alone ("Copyright disputes have flared." is a sentence).
  { reason: 'copyright', maxLength: 80, test: re(/^(?:COPYRIGHT|Copyright)\s+(?:\p{Lu}[\p{L}.&'-]*\s*){1,6}$/u) },
  // A notice that opens with the copyright sign runs long ("© 2022 Site. This article is the copyrighted property …").
  { reason: 'copyright', maxLength: 500, test: re(/^(?:※\s*)?[©ⓒ]\s*(?:\d{4}|[\p{Lu}])/u) },
  {
    reason: 'paywall',
    maxLength: 300,
    test: re(
      /^(?:to (?:view|read|continue reading) (?:the full|this|the rest of (?:the|this)) (?:story|article)|want to (?:read|keep reading|continue reading) (?:more|on)\?|(?:become|join as) a (?:member|subscriber)\b.{0,30}\bto (?:read|continue|unlock)\b|already have an account\?\s*(?:log|sign) ?in\.?$|subscribers only\.\s*subscribe\b|try (?:the )?[A-Za-z' ]{2,40} free for (?:\d+|one|a) (?:month|week|day)s?\b|(?:subscribe|sign in|log in) (?:now |today )?to (?:read|continue reading|unlock) (?:the (?:rest|full)|this)\b|(?:first-time |new )?subscribers (?:also )?(?:receive|get)\b|if you(?:'|’)re (?:seeing this|already a subscriber)|already (?:a )?subscriber\?|advertise with (?:us|the)\b|(?:sie müssen|du musst) (?:sich |dich )?(?:eingeloggt|angemeldet|einloggen|anmelden|registriert))/i,
    ),
  },
  // The Japan Times' appeal: "In a time of both misinformation and too much information, quality journalism is
  // more crucial than ever. By subscribing, you can help us get the story right."
  { reason: 'paywall', maxLength: 300, test: re(/\bby subscribing,? you (?:can |will )?(?:help|support) (?:us|our)\b/i) },
  {
    reason: 'timestamp',
    maxLength: 120,
    test: (line) => CJK_STAMP.test(line) && !SENTENCE_END.test(line) && wordCount(line) <= 14,
  },
  // Controls for the page, not text: "글자크기 가 가 가", "文字サイズ 小 中 大", "字号：大 中 小", "Text size A A A".
  {
    reason: 'page-tools',
    maxLength: 40,
    test: re(/^(?:(?:A\s*[+-]?\s*){2,4}|(?:가\s*){2,4})$|^(?:글자\s?크기|글씨\s?크기|문자\s?크기|글자\s?크기\s?조절|본문\s?글자|文字サイズ|文字の大きさ|字号|字體|字体|text size|font size|schriftgröße|taille du texte|tamaño de (?:letra|texto)|размер шрифта)(?=[\s:：]|$)/iu),
  },
  // Several of a Chinese page's tools on one line: "【字体：大 中 小】打印本页 关闭窗口", "[打印本页] [关闭窗口]".
  { reason: 'page-tools', maxLength: 60, test: (line) => CJK_TOOL_WORD.test(line) && line.replace(CJK_TOOLS, '') === '' },
  {
    // Counts of reactions alone on a line: "点赞 12 收藏 3 转发 4", "추천 0 비추천 0", "Likes 12 Comments 3".
    reason: 'page-tools',
    maxLength: 100,
    test: re(/^(?:(?:点赞|赞|收藏|转发|评论|分享|추천|비추천|공감|댓글|likes?|comments?|shares?|нравится|комментари(?:ев|и))\s*[:：]?\s*[\d,.]+[万kK]?\+?\s*){2,}$/i),
  },
  {
    // An audio player's label over the story: "기사를 읽어드립니다", "Listen to article 3 min", "Artikel anhören".
    reason: 'page-tools',
    maxLength: 40,
    test: re(/^(?:(?:이 )?기사를? (?:읽어 ?드립니다|듣기)|(?:음성|오디오)으?로? ?듣기|听新闻|收听(?:本文|新闻)|音声で(?:聞く|聴く)|слушать (?:статью|новость)|artikel (?:anhören|vorlesen lassen)|(?:é|e)couter (?:cet )?article|escuchar (?:este )?art[ií]culo|listen to (?:this )?(?:article|story)|listen(?: now)?(?=\s*[([]\d))(?:\s*[([]?\d{1,2}(?::\d{2})?\s*(?:min(?:utes?)?|분)?[)\]]?)?$/iu),
  },
  // RIA's reaction buttons, their labels run together: "НравитсяСмешноУдивлениеГневГрусть".
  { reason: 'page-tools', maxLength: 80, test: re(/^(?:\s*(?:Нравится|Смешно|Удивление|Удивительно|Гнев|Грусть|Печаль|Возмущение|Восхищение|Класс)\s*\d*){3,}$/u) },
  {
    // "좋아요 0 화나요 0 슬퍼요 0 추천해요 0": the reader reactions under a Korean story.
    reason: 'page-tools',
    maxLength: 120,
    test: (line) =>
      (!SENTENCE_END.test(line) && new Set(line.match(/좋아요|싫어요|화나요|슬퍼요|추천해요|훈훈해요|놀랐어요|응원해요|후속\s*기사\s*원해요/g)).size >= 2) ||
      /^이 기사를 추천(?:합니다|하기)$/.test(line),
  },
  {
    reason: 'timestamp',
    maxLength: 70,
    test: isDateLine,
  },
  // A relative stamp, as live pages and feeds print them, with the clock time beside it: "3h ago 03.40 GMT",
  // "Updated 5 minutes ago", "vor 3 Stunden", "3시간 전", "3小时前", "2 часа назад".
  { reason: 'timestamp', maxLength: 60, test: (line) => (/\d/.test(line) || /\b(?:ago|just now)$|^vor ein/i.test(line)) && RELATIVE_STAMP.test(line) },
  // A Japanese date, in an era's years or not, with its weekday, time and place, as ministries head
  // their press conferences: "（令和8年11月20日（金曜日）10時31分\u3000於：本省会見室）".
  {
    reason: 'timestamp',
    maxLength: 60,
    test: (line) => line.includes('年') && JAPANESE_STAMP.test(line),
  },
  // A date and the kind of page, with no mark between: "11.11.2021 Artikel", "20 November 2026 Pressemitteilung".
  {
    reason: 'timestamp',
    maxLength: 50,
    test: (line) => {
      const m = /^(.{6,30}?\d{4})\s+(\p{Lu}[\p{L}-]{2,24})$/u.exec(line);
      return m !== null && isDateLine(m[1]!);
    },
  },
  // The date filed under a section's label or beside its source: "24. April 2020 | Pressemitteilungen", "20 ноября 2026, 10:12 — ТАСС",
  // "3 May 2022 · World", People's Daily's "2024年03月05日08:12 | 来源：人民网－国际频道".
  {
    reason: 'timestamp',
    maxLength: 90,
    test: (line) => {
      // (After a dash, a name: "9:00 – 16:00 Uhr" is a span of hours.)
      const m = /^(.{6,40}?)(?:\s*[|·•｜]\s*|\s+[—–]\s+(?=\p{L}))([^|·•｜—–]{2,40})$/u.exec(line);
      return m !== null && (isDateLine(m[1]!) || TIMESTAMP_LINE.test(m[1]!)) && (wordCount(m[2]!) <= 4 || SOURCE_LABEL.test(m[2]!) || isSectionList(m[2]!)) && !SENTENCE_END.test(m[2]!);
    },
  },
  // … or after the agency and the place: "EFE | Seúl | 20 nov. 2026", "AFP · Paris · 20/11/2026 08:15".
  {
    reason: 'timestamp',
    maxLength: 90,
    test: (line) => {
      const fields = line.split(/\s*[|·•｜]\s*/u);
      if (fields.length < 3 || fields.length > 4) return false;
      const last = fields[fields.length - 1]!;
      return isDateLine(last) && fields.slice(0, -1).every((f) => f.length >= 2 && wordCount(f) <= 4 && !/\d/.test(f) && !SENTENCE_END.test(f));
    },
  },
  // A page's whole strip of facts about the story, the stamp among them: "Le Monde | 04.05.2015 à 13h36 •
  // Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup)", "By Jane Doe | Reuters | Nov. 20, 2026 | 3 min read".
  {
    reason: 'timestamp',
    maxLength: 200,
    test: (line) => {
      if (!/\d/.test(line)) return false;
      const fields = line.split(/\s+[|·•｜]\s+/u);
      if (fields.length < 3 || fields.length > 6) return false;
      const stamp = (f: string) => isDateLine(f) || (TIMESTAMP_LINE.test(f) && isStamp(f)) || (ROMANCE_STAMP.test(f) && parseDate(f) !== null);
      return fields.some(stamp) && fields.every((f) => stamp(f) || bylineOf(f) !== null || (f.length >= 2 && wordCount(f) <= 4 && !SENTENCE_END.test(f)));
    },
  },
  // The desk's address and the stamp under a story: "englishnews@chosun.com / Nov. 20, 2026 08:55 KST".
  {
    reason: 'timestamp',
    maxLength: 90,
    test: (line) => {
      const m = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[/|·•,-]\s*(.{6,40})$/u.exec(line);
      return m !== null && parseDate(m[1]!) !== null;
    },
  },
  // A labelled stamp in French, Spanish, Italian or Portuguese: "Publié le 20/11/2026 à 08h15, mis à jour à 10h32".
  {
    reason: 'timestamp',
    maxLength: 90,
    test: (line) => ROMANCE_STAMP.test(line) && !SENTENCE_END.test(line.replace(/\d[.:h]\d+/g, '')) && parseDate(line) !== null,
  },
  // The place and the date a press release or a letter is dated from: "Hamburg, 2. November 2021",
  // "Paris, le 3 mars 2022", "Seoul, 20 November 2026".
  {
    reason: 'timestamp',
    maxLength: 60,
    test: (line) => {
      const m = /^\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,2}\s*(?:\([^()]{2,20}\))?,\s+(?:(?:le|den|am|el|il)\s+)?(.{6,40})$/u.exec(line);
      return m !== null && isDateLine(m[1]!);
    },
  },
  // A Juche date alone, as Rodong Sinmun closes a story: "Juche115(2026).11.20.", "주체115.11.20".
  { reason: 'timestamp', maxLength: 30, test: re(/^(?:juche|주체)\s*\d{2,3}\s*(?:[(（]\d{4}[)）])?\s*[.년]\s*\d{1,2}\s*[.월]\s*\d{1,2}\s*[.일]?$/iu) },
  // A site's address and the day in brackets, as KCNA signs its stories: "www.kcna.kp (Juche115.11.20.)".
  {
    reason: 'timestamp',
    maxLength: 60,
    test: (line) => {
      const m = /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\s*[(（]([^()（）]{6,30})[)）]$/iu.exec(line);
      return m !== null && (isDateLine(m[1]!) || /^(?:juche|주체)\s*\d{2,3}\.\d{1,2}\.\d{1,2}\.?$/iu.test(m[1]!));
    },
  },
  // … or under its categories: "01.02.2022 Kategorie: Synchronschwimmen, Verband".
  {
    reason: 'timestamp',
    maxLength: 120,
    test: (line) => {
      if (!/\d/.test(line)) return false;
      const m = /^(.{6,30}?\d{4})\s+(?:kategorie|kategorien|category|categories|rubrik|ressort|thema|themen)\s*:\s*(.{2,80})$/iu.exec(line);
      return m !== null && isDateLine(m[1]!) && isSectionList(m[2]!);
    },
  },
  // The kind of page or the agency, then the date: "Pressemitteilung vom 20.01.2022", "dpa am 25.01.2022", "Press release of 20 January 2022".
  {
    reason: 'timestamp',
    maxLength: 60,
    test: (line) => {
      if (!/\d/.test(line)) return false;
      const m = /^(?:pressemitteilung|pressemeldung|presseinformation|meldung|artikel|beitrag|press release|news release|statement|communiqué|comunicado|[\p{L}.-]{2,12})\s+(?:vom|am|of|from|du|del|de)\s+(.{6,40})$/iu.exec(line);
      // "Fazit am 15.06.2006:" heads what follows.
      return m !== null && !/[:：]$/.test(line) && isDateLine(m[1]!);
    },
  },
  // … or filed with its source and the site's copyright: "1.12.2022 | Quelle: Shanghai Electric | solarserver.de © Solarthemen Media GmbH".
  {
    reason: 'source-line',
    maxLength: 160,
    test: (line) => {
      const fields = line.split(/\s*[|｜]\s*/u);
      if (fields.length < 3 || fields.length > 5) return false;
      const [first, ...rest] = fields;
      return (
        (isDateLine(first!) || TIMESTAMP_LINE.test(first!)) &&
        rest.some((f) => SOURCE_LABEL.test(f) || f.includes('©')) &&
        rest.every((f) => f.length >= 2 && f.length <= 60 && !SENTENCE_END.test(f) && (wordCount(f) <= 6 || SOURCE_LABEL.test(f)))
      );
    },
  },
  // … or after the outlet's name: "央视网 | 2024年03月05日 15:30", "Yonhap | 2024-03-05 09:12", "NK News | March 5, 2024".
  {
    reason: 'timestamp',
    maxLength: 90,
    test: (line) => {
      const m = /^([^|·•｜]{2,30}?)\s*[|·•｜]\s*(.{6,50})$/u.exec(line);
      return m !== null && wordCount(m[1]!) <= 4 && !SENTENCE_END.test(m[1]!) && (isDateLine(m[2]!) || /^\d[\d\s年月日:./-]+\d日?$/u.test(m[2]!));
    },
  },
  {
    reason: 'timestamp',
    maxLength: 90,
    // A date or time with its label, weekday and zone, not a sentence that gives a time ("The meeting
    // began at 10:30 and ended two hours later").
    test: (line) => TIMESTAMP_LINE.test(line) && isStamp(line),
  },
  // A German stamp whose time has a dot: "Online seit heute, 12.09 Uhr", "Stand: 5. März, 14.30 Uhr".
  { reason: 'timestamp', maxLength: 60, test: re(/^(?:online seit|stand|aktualisiert(?: am)?|zuletzt aktualisiert(?: am)?|veröffentlicht(?: am)?|erstellt(?: am)?)\b[\p{L}\d ,.:]{0,30}\b\d{1,2}[.:]\d{2}\s*uhr$/iu) },
  // The wire's end-of-story mark: "(END)", "(끝)", "（完）", "-30-", "ENDS", Kyodo's "==Kyodo", CNA's "Enditem/AW".
  { reason: 'end-marker', maxLength: 20, test: re(/^[-–—\s]*[(（【[/]?\s*(?:end|ends|끝|完)\s*[)）】\]/]?[-–—\s]*$|^-30-$|^#{3}$|^={2}\s*(?:kyodo|共同)$|^enditem(?:\s*\/\s*[a-z]{1,6})?$/i) },
  // A story's page count: "Seite 2 von 3", "Page 1 of 4".
  { reason: 'pagination', maxLength: 30, test: re(/^(?:seite|page|página|pagina|strona)\s+\d{1,3}\s*(?:von|of|de|di|z|\/)\s*\d{1,3}$/iu) },
  // "Mit Material von dpa und AFP": the agencies a story draws on, on a line of its own.
  { reason: 'credit', maxLength: 80, test: re(/^mit material (?:von|der|des)\s[^.!?]{2,60}$/iu) },
  // A gallery's counter and zoom hint: "Bild 3 von 12", "Image 1 of 10", "Zum Vergrößern bitte anklicken".
  {
    reason: 'gallery',
    maxLength: 50,
    test: re(/^(?:bild|foto|image|photo|picture|slide|item|galerie|gallery|imagen|zdjęcie)\s+\d{1,3}\s*(?:von|of|de|sur|di|z|\/)\s*\d{1,3}$|^(?:zum vergrößern|zur vergrößerung|für eine größere ansicht)\b.{0,20}\b(?:klicken|anklicken|tippen)$/iu),
  },
  // A gallery's zoom button read with the caption it opens: "Vergrößern Eine kleine runde Aussparung …".
  { reason: 'caption', maxLength: 300, test: re(/^(?:[Vv]ergrößern|[Bb]ild vergrößern|[Ee]nlarge|[Aa]grandir|[Aa]mpliar|[Ii]ngrandisci)\s+\p{Lu}/u) },
  // Blog furniture: "Pingback von …", "Trackback: …"; a teaser cut off before its link: "Auskunft über vergangenes Wetter… mehr •••".
  { reason: 'comments', maxLength: 300, test: re(/^(?:pingback|trackback)\b/i) },
  // A comment section's state: "No comments yet.", "Comments are closed.", "Be the first to comment", "Leave a reply".
  { reason: 'comments', maxLength: 40, test: re(/^(?:no comments yet|comments are closed|be the first to comment|leave a (?:comment|reply)|kommentare sind geschlossen|noch keine kommentare)\.?$/i) },
  // WordPress's filing note under a post: "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr
  // veröffentlicht und wurde unter … abgelegt. Du kannst die Kommentare …", "Dieser Eintrag wurde veröffentlicht in …".
  {
    reason: 'tags',
    maxLength: 600,
    test: re(/^(?:der|dieser) (?:beitrag|eintrag) wurde (?:am\b.{0,80}?\b)?veröffentlicht\b[^.!?]{0,40}\b(?:abgelegt|in|unter|getaggt)\b|^this entry was posted\b/iu),
  },
  // The comment section's heading ("3 Kommentare", "12 Responses") and a pingback's excerpt, cut at both ends: "[…] Gefällt mir – jovelblog – … […]".
  // … and its count where the word comes first: "댓글 0", "评论(12)", "コメント 3件".
  {
    reason: 'comments',
    maxLength: 40,
    test: re(/^(?:\d+|no|keine|one|ein(?:en)?) (?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|responses?|replies|antworten|reaktionen|gedanken zu\b.*)$|^(?:댓글|评论|評論|コメント)\s*[(（]?\d+[)）]?\s*(?:개|条|件)?$/i),
  },
  { reason: 'comments', maxLength: 600, test: re(/^\[(?:…|\.\.\.)\][^[\]]+\[(?:…|\.\.\.)\]$/) },
  // The comment section's house rules: "Los comentarios publicados son de exclusiva responsabilidad de sus autores …".
  { reason: 'comments', maxLength: 700, test: re(COMMENT_POLICY) },
  { reason: 'teaser', maxLength: 200, test: re(/(?:…|\.\.\.)\s*(?:mehr|more|weiterlesen|read more|leer más|lire la suite|czytaj dalej)\s*[•»›>.…]*$/i) },
  // "News date : 04/21/2022 Category : Press Releases": the page's filing, not text.
  { reason: 'tags', maxLength: 120, test: (line) => /(?:^|\s)(?:category|categories|kategorie|kategorien|rubrik|catégorie|categoría)\s*:\s*\S/i.test(line) && !SENTENCE_END.test(line) },
  // WordPress's filing line, read with its link and sometimes without the space: "Posted inLatest News", "Veröffentlicht in Allgemein".
  { reason: 'tags', maxLength: 80, test: (line) => /^(?:[Pp]osted in|[Ff]iled in|[Vv]eröffentlicht in|[Pp]ublié dans|[Pp]ublicado en)\s*\p{Lu}/u.test(line) && !SENTENCE_END.test(line) && wordCount(line) <= 8 },
  // The links that let keyboard users skip the menus: "Skip to main content", "Zum Inhalt springen", "본문 바로가기".
  {
    reason: 'skip-link',
    maxLength: 40,
    test: re(/^(?:skip to (?:the )?(?:main )?(?:content|navigation|menu)|jump to (?:main )?content|(?:direkt )?zum (?:haupt)?inhalt(?: springen| wechseln)?|hauptinhalt|zur (?:haupt)?navigation(?: springen)?|aller au contenu(?: principal)?|ir al contenido(?: principal)?|passa al contenuto(?: principale)?|본문\s?바로\s?가기|跳(?:转)?到主要内容|本文へ(?:移動|スキップ|ジャンプ)?|перейти к (?:основному )?содержанию)$/iu),
  },
  // A file offered for download: "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei".
  { reason: 'file-link', maxLength: 200, test: re(/(?<![a-z])(?:pdf|docx?|xlsx?|pptx?|zip)\s*[|,(]\s*\d+(?:[.,]\d+)?\s*[kKmM]i?B\b/i) },
  // A rating widget with no ratings: "(Noch keine Bewertungen)", "(No ratings yet)".
  { reason: 'cms-junk', maxLength: 40, test: re(/^\(?(?:noch keine bewertungen?|no ratings yet|be the first to rate|aún no hay valoraciones)\)?$/i) },
  // A licence notice: "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE."
  { reason: 'copyright', maxLength: 250, test: re(/\b(?:lizenz|license|licence|licencia)\s*:?\s*(?:cc[- ]?(?:by|0)|creative commons)/i) },
  // A teaser set off by arrows: ">> Wegen Corona: Danni Büchner muss Kult-Lokal schließen <<" (not »…«,
  // which German prints as quotation marks).
  { reason: 'teaser', maxLength: 200, test: re(/^>>>?\s*.{5,180}\s*<<<?$/) },
  // A breadcrumb: "首页 > 新闻中心 > 国际新闻", "ホーム > 国際 > アジア", "Startseite › Politik".
  { reason: 'menu', maxLength: 120, test: re(/^(?:home|홈|首页|首頁|主页|ホーム|トップ|startseite|accueil|inicio|главная)\s*[>›»/|]\s*\S/i) },
  // … or one whose home link was an icon: "> Blog > Aus den Ländern > Digitalpolitische Jahrestagung 2015".
  { reason: 'menu', maxLength: 200, test: (line) => /^[>›»]\s*[^>›»]{1,40}\s[>›»]\s*\S/.test(line) && !SENTENCE_END.test(line) },
  // The desk's initials and its agency closing a story: "aja/PAP", "dpa/lno", "sda/apa".
  { reason: 'credit', maxLength: 30, test: re(/^\(?(?:\p{Ll}{2,4}\s*\/\s*(?:PAP|IAR|dpa|AFP|APA|apa|KNA|epd|sda|SDA|AP|ANSA)|(?:PAP|IAR|dpa|AFP|APA|apa|KNA|epd|sda|SDA|AP|ANSA)\s*\/\s*\p{Ll}{2,4})\)?$/u) },
  // A Korean photo credit on a line of its own: "[중앙포토]", "[사진 = 연합뉴스]"; a translator's credit.
  { reason: 'credit', maxLength: 40, test: re(/^\[\s*(?:사진|자료사진|중앙포토|연합뉴스|뉴스1|뉴시스|사진\s*=\s*[^\]]{1,20}|[^\]]{1,20}\s*제공)\s*\]$/) },
  { reason: 'credit', maxLength: 40, test: re(/^[(<（〈]?\s*(?:사진|사진\s?제공|자료\s?사진|그래픽|영상)\s*[=:：]\s*[^)>）〉]{1,24}[)>）〉]?$/u) },
  // "※ 이 기사는 연합뉴스 제휴 기사입니다": where a story comes from, on a line of its own.
  { reason: 'credit', maxLength: 80, test: re(/^※?\s*(?:이 기사는|본 기사는)\s.{1,40}(?:제휴|제공|전재)\s?(?:기사|받은 기사)?(?:입니다|했습니다)\.?$/u) },
  { reason: 'credit', maxLength: 80, test: re(/^(?:translated|translation|übersetzt|traduit|traducido) by\s+\p{Lu}[\p{L}.' -]{1,40}$|^(?:übersetzung|traduction|traducción)\s*:\s*\p{Lu}[\p{L}.' -]{1,40}$/iu) },
  // "Write to Kim Soo-yeon at ksy@joongang.co.kr": the reporter's address at the end of a story.
  { reason: 'contact', maxLength: 120, test: re(/^(?:write to|contact|e-?mail)\s+[\p{L}.' -]{2,40}\s+at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/iu) },
  // … or the desk's: "Please direct questions or comments to [english@hani.co.kr]".
  { reason: 'contact', maxLength: 120, test: re(/^(?:please\s+)?(?:direct|send|e-?mail)\s+(?:your\s+|any\s+)?(?:questions|comments|inquiries|feedback|tips)\b[^@]{0,40}?[[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?\.?$/iu) },
  // Where the story drew on an agency: "(With input from Xinhua)", "With additional reporting by Kim Tong-hyung in Seoul".
  {
    reason: 'credit',
    maxLength: 100,
    test: (line) => {
      const m = /^(\(?)\s*with (?:additional )?(?:input|inputs|reporting|contributions?|material) (?:from|by)\s([^.!?,;:()]{2,60})(\)?)\.?$/iu.exec(line);
      // In brackets, or a few names: "With input from the ministry the plan was changed." is a sentence.
      return m !== null && ((m[1] === '(' && m[3] === ')') || wordCount(m[2]!) <= 6);
    },
  },
  // Reuters' and AP's credit lines closing a story: "Reporting by Hyonhee Shin; Editing by Ed Davies".
  // Where a post first ran: "Originally published at www.example.com on November 18, 2011.", "Dieser Artikel erschien zuerst in der EMOTION 10/22."
  { reason: 'credit', maxLength: 300, test: re(/^(?:this (?:article|story|post|piece) (?:was |is )?|dieser (?:artikel|beitrag|text) )?(?:originally published|first published|erschien zuerst|ist zuerst erschienen|ursprünglich erschienen|publicado originalmente|publié initialement)\b/i) },
  { reason: 'credit', maxLength: 250, test: re(/^(?:\(?(?:additional )?reporting by|\(?writing by|\(?editing by|\(?compiled by)\b.*(?:;|\bediting by\b|\)$)/i) },
  // AP's closing note on who else reported: "Yamaguchi reported from Tokyo. Associated Press writer Kim Tong-hyung in Seoul contributed to this report."
  { reason: 'credit', maxLength: 300, test: re(/\bcontributed (?:reporting )?to (?:this|the) (?:report|story|article)\.?$|^[\p{Lu}][\p{L}'-]+(?: and [\p{Lu}][\p{L}'-]+)? reported from [\p{Lu}][\p{L} ,.'-]{1,40}\.$/u) },
  // "Edited by Bryan Betts" alone on its line; Reuters' notice on pictures it did not take.
  { reason: 'credit', maxLength: 60, test: re(/^[Ee]dited by\s*:?\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}$/u) },
  // RFA's and VOA's closing credits: "Translated by Claire Shinyoung Oh Lee. Edited by Eugene Whong."
  {
    reason: 'credit',
    maxLength: 200,
    test: re(/^(?:(?:[Tt]ranslated|[Ee]dited|[Pp]roduced|[Cc]opy edited)(?: and (?:edited|translated))? by\s+\p{Lu}[\p{L}.'’ -]{1,60}?(?:\s+and\s+\p{Lu}[\p{L}.'’ -]{1,40}?)?\.\s*){1,3}$/u),
  },
  { reason: 'credit', maxLength: 300, test: re(/^attention editors\b/i) },
  // Le Monde's English edition: "Translation of an original article published in French on lemonde.fr; …".
  { reason: 'credit', maxLength: 300, test: re(/^translation of an (?:original )?article (?:originally )?published in \p{L}+\b/iu) },
  // "This article appeared in the South China Morning Post print edition as: …".
  { reason: 'credit', maxLength: 300, test: re(/^this (?:article|story) (?:appeared|was published) in (?:the )?.{2,60}? print(?:ed)? edition\b/i) },
  {
    reason: 'menu',
    maxLength: 300,
    test: (line) => {
      if (SENTENCE_END.test(line) && !/[|｜·•>›»]/.test(line)) return false;
      // A slash separates menu items only with a space beside it: "Basisöl/Mineralöl" and URLs are words;
      // so does a breadcrumb's ">" ("福娘童話集 > きょうのイソップ童話 > …"), not an arrow's "->".
      const items = line.split(/\s*[|｜·•›»]\s*|\s+\/\s*|\s*\/\s+|\s+>\s+|\s{2,}|\t/).filter(Boolean);
      // A CJK section name runs to a dozen characters ("きょうのイソップ童話"), some six "words" by wordCount's measure.
      if (items.length >= 3 && items.every((item) => item.length <= 24 && (wordCount(item) <= 4 || (item.length <= 12 && hasCjk(item))))) return true;
      // Two CJK section names set apart by a spaced separator, a story's kicker: "정치 · 북한", "国际 | 亚太".
      if (items.length === 2 && /\s[|｜·•>›»]\s/.test(line) && items.every((item) => CJK_SECTION.test(item))) return true;
      // … or the account's links: "Sign in | Register", "Войти | Регистрация", "로그인 | 회원가입".
      if (items.length === 2 && /\s[/|｜·•]\s/.test(line) && items.every((item) => ACCOUNT_LINK.test(item))) return true;
      // … or two section names in capitals: "CHINA / DIPLOMACY", "WORLD > ASIA-PACIFIC".
      if (items.length === 2 && /\s[/|｜·•>›»]\s/.test(line) && items.every((item) => /^[A-Z][A-Z&' -]{1,24}$/.test(item))) return true;
      const words = line.split(/\s+/);
      return words.length >= 3 && words.filter((w) => MENU_WORDS.test(w) || SECTION_WORDS_JA.test(w)).length >= Math.max(3, words.length * 0.6);
    },
  },
  {
    reason: 'seo-spam',
    maxLength: 600,
    test: (line) => {
      if (disguisedLetters(line)) return true;
      // News mentions casinos and betting: spam words only count in a line that is no sentence.
      if (SENTENCE_END.test(line)) return false;
      if (/\b(?:casino|viagra|cialis|porn|escort|betting|slot gacor|togel|payday loan|replica watches)\b/i.test(line)) return true;
      // The same trades in Chinese, Korean and Japanese: invoices, gambling, adult video, massage, loans.
      if (/代开发票|开发票|六合彩|时时彩|百家乐|娱乐城|博彩|赌场|在线观看.{0,10}(?:av|成人)|(?:av|成人).{0,10}在线观看|办证|代孕|토토사이트|먹튀|바카라|카지노 ?사이트|출장 ?안마|오피사이트|出会い系|オンラインカジノ/i.test(line)) return true;
      // Search phrases run together, no capital, no punctuation, the same words over and over: "north korea
      // news today north korea missile launch latest kim jong un news korea news …".
      if (/^[a-z0-9 ]{40,}$/.test(line)) {
        const words = line.split(' ').filter(Boolean);
        if (words.length >= 10 && new Set(words).size <= words.length * 0.7) return true;
      }
      const items = line.split(/\s*[,，、;]\s*/).filter(Boolean);
      if (items.length < 6) return false;
      // A labelled list of names or titles is the story's: "Attendees: Kim Jong Un, Choe Son Hui, …",
      // "Honorable mentions: Marjorie Prime, Phantom Thread, …" (tag lines are told apart before).
      if (/^\p{Lu}[\p{L}'’ -]{1,30}:\s/u.test(line) && items.filter((item) => /^\p{Lu}/u.test(item.replace(/^[^:]*:\s*/, ''))).length >= items.length * 0.7) return false;
      // … and so is a bare list of people's names ("Kim Yo Jong, Choe Son Hui, Ri Pyong Chol, …"), where
      // a tag line's items are mostly single words ("North Korea, Missile, ICBM, Sanctions, …").
      if (items.every((item) => /^\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|van|von|bin|al))+$/u.test(item))) return false;
      const shortItems = items.filter((item) => wordCount(item) <= 5).length;
      return shortItems >= items.length * 0.9 && !/\b(?:and|or|the|is|was|said)\b/.test(line.slice(0, 200));
    },
  },
];

const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u04ff]/;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Words spelt with look-alike letters from two scripts ("Yоur соntеnt", its о, с and е Cyrillic):
 * advertisers' and spammers' way past keyword filters. A writer's slip makes one such word, not a
 * line of them.
 */
function disguisedLetters(line: string): boolean {
  if (!CYRILLIC_OR_GREEK.test(line) || !LATIN_LETTER.test(line)) return false;
  let words = 0;
  let mixed = 0;
  for (const word of line.split(/\s+/)) {
    if (word.length < 2) continue;
    words++;
    if (CYRILLIC_OR_GREEK.test(word) && LATIN_LETTER.test(word)) mixed++;
  }
  return mixed >= 3 && mixed >= words * 0.3;
}

/** The reason a line is boilerplate, or null when it may be content. */
export function classifyLine(line: string): string | null {
  const len = line.length;
  for (const rule of rules) if (len <= rule.maxLength && rule.test(line)) return rule.reason;
  if (len <= 40 && MENU_WORDS.test(line)) return 'menu';
  return null;
}

/**
 * A Chinese byline: the outlet's reporters and correspondents, then their names ("本报记者 王晓东 通讯员
 * 李明", "新华社记者 张三、李四", "半月谈记者 史卫燕", "（记者 张三）"), or the writer after 文/作者 ("文/张三").
 * The outlet before 记者 ends as outlets' names do (社, 报, 网, 台 …), so that "他告诉记者他很好" is a sentence.
 */
const CHINESE_NAME = String.raw`(?:[\p{Script=Han}]{2,4}|[\p{Script=Han}]{1,6}·[\p{Script=Han}]{1,6})`;
const CHINESE_BYLINE = new RegExp(
  String.raw`^(?:[（(]\s*(?:记者|記者)\s*|(?:[（(【]\s*)?(?:(?:[\p{Script=Han}A-Za-z]{1,8}(?:社|报|報|网|網|台|谈|談|刊|闻|聞|视|視))(?:特约记者|特約記者|记者|記者)\s*[:：]?\s*|(?:特约记者|特約記者|记者|記者)(?:\s*[:：]\s*|\s+)|(?:文|撰文|作者)\s*[/／｜丨|:：]\s*))` +
    String.raw`(${CHINESE_NAME}(?:(?:\s*[、，,]\s*|\s+|\s*(?:通讯员|通訊員|实习生|實習生|记者|記者)\s*)${CHINESE_NAME}){0,5})\s*[)）】]?$`,
  'u',
);
const CHINESE_NAME_SEPARATOR = /\s*(?:[、，,]|通讯员|通訊員|实习生|實習生|记者|記者)\s*|\s+/u;

const BYLINE_LEAD =
  /^(?:by|written by|posted by|article by|von|(?:ein|eine)\s+(?:artikel|beitrag|text|bericht|kommentar|interview)\s+von|par|un article de|por|escrito por|di|reporting by|text by)\s*[:：]?\s+(.+?)\s*$/i;

/** Whether a line opens as a byline does, its lead no label ("By …", "Ein Artikel von …", not "Von: …"). */
export function leadsByline(line: string): boolean {
  return BYLINE_LEAD.test(line) && !/^[^:：]{1,30}[:：]/u.test(line);
}

/** A heading over links to other stories: "Read also", "Читайте также", "관련 기사". */
const ANNOUNCES_STORIES =
  /^(?:read (?:also|more|next)|also read|see also|related(?: (?:stories|articles|news|coverage))?|more on (?:this|the) (?:story|topic)|you may also like|читайте также|смотрите также|по теме|материалы по теме|lesen sie (?:auch|mehr)|auch lesen|mehr zum thema|(?:à )?lire aussi|voir aussi|lea también|leia também|leggi anche|czytaj (?:też|także|również)|관련\s?기사|相关(?:新闻|阅读|文章|报道)|推荐阅读|延伸阅读|関連記事|関連ニュース)\s*[:：»›>]?$/iu;
/** A ranking's heading: "Most read", "많이 본 뉴스", "点击排行". Its stories come numbered. */
const ANNOUNCES_RANKING =
  /^(?:most (?:read|viewed|popular|shared|commented)|top stories|trending(?: now| stories)?|editor'?s'? picks|popular (?:stories|news|articles|now)|meistgelesen|самое (?:читаемое|популярное)|많이 본 (?:뉴스|기사)|인기 ?기사|热门(?:新闻|文章|推荐)|点击排行|人気記事|アクセスランキング)\s*[:：»›>]?$/iu;

/** Whether a line is only such a heading, the links it announces on the lines after it. */
export function announcesStories(line: string): boolean {
  return ANNOUNCES_STORIES.test(line);
}

/** Whether a line is only a ranking's heading, its numbered stories on the lines after it. */
export function announcesRanking(line: string): boolean {
  return ANNOUNCES_RANKING.test(line);
}

/** "HVW-Verband , Presse , Allgemein": a few sections' names, two words at most each, apart by commas. */
function isSectionList(text: string): boolean {
  const items = text.split(/\s*[,;]\s*/u);
  return items.length <= 6 && items.every((item) => item.length > 0 && item.length <= 30 && wordCount(item) <= 2 && !SENTENCE_END.test(item));
}

/** A lone byline line ("By Jane Doe", "By Jane Doe and John Roe, Reuters"): returns the names. */
export function bylineOf(line: string): string | null {
  if (line.length > 120) return null;
  const chinese = CHINESE_BYLINE.exec(line);
  // "记者 王晓 北京报道": where the reporter filed from follows the name.
  if (chinese) return chinese[1]!.split(CHINESE_NAME_SEPARATOR).filter((name) => name && !/报道$|報道$/.test(name)).join(', ') || null;
  const byLead = BYLINE_LEAD.exec(line);
  // With a colon the lead is a label ("Von: det/dpa"), which names whatever follows it.
  const lead = byLead !== null && leadsByline(line);
  const m = byLead ?? /^(.{2,20}?)\s*(?:기자|特派员|记者|記者)(?:\s*[\w.@-]+)?$/.exec(line);
  if (!m) return null;
  const names = m[1]!
    .replace(/\s*[|,]\s*(?:reuters|ap|afp|yonhap|xinhua|bloomberg|staff writer|staff reporter)\s*$/i, '')
    // "Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45": the stamp after the name.
    .replace(/\s*[|·•]\s*[^|·•]*\d[^|·•]*$/u, '')
    .trim();
  if (!names || SENTENCE_END.test(names) && !/\.$/.test(names)) return null;
  if (wordCount(names) > 10) return null;
  // "Von Atemschutzmaske über Exit-Strategie bis …" opens a sentence: names are capitalised words
  // joined by a few particles ("and", "und", "de", "van").
  if (lead && !looksLikeNames(names)) return null;
  return names;
}

/**
 * The reporter a broadcast story's script names as it hands over or signs off: "Max Lee has more.",
 * "Max Lee, KBS World Radio News.", "KBS 뉴스 홍길동입니다." Null for any other line.
 */
/** Names that start as places or institutions do, not people: "North Korea has more." is no hand-over. */
const NOT_A_REPORTER =
  /^(?:North|South|East|West|United|New|The|Korea|China|Japan|Russia|Seoul|Pyongyang|Beijing|Tokyo|Washington|Moscow|White|Blue|Hong|Taiwan|Europe|Asia|America|World|Breaking|Latest|Top|Daily|Weekly|Foreign|Defen[cs]e|Inter-Korean|Korean|Chinese|Japanese|Russian|American|National|International|Global)\b|\b(?:Affairs|Relations|News|Politics|Economy|Issues|Desk|Team|Times|Post|Daily|Herald|Agency|Ministry)$/;

/** One person's name and nothing else ("Chad O'Carroll", "Kim Tong-Hyung"), not a place's ("North Korea"). */
export function isPersonName(line: string): boolean {
  return line.length <= 40 && peopleIn(line)?.length === 1 && !NOT_A_REPORTER.test(line);
}

export function broadcastReporter(line: string): string | null {
  if (line.length > 80) return null;
  // The anchor's hand-over: "홍길동 기자가 보도합니다.", "김철수 특파원이 전합니다."
  const handOver = /^([가-힣]{2,4})\s?(?:기자|특파원)(?:가|이)\s?(?:보도합니다|전합니다|취재했습니다|현장을 연결합니다)\.?$|^([가-힣]{2,4})\s?(?:기자|특파원)입니다\.?$/u.exec(line);
  if (handOver) return (handOver[1] ?? handOver[2])!;
  const korean = /^(?:KBS|MBC|SBS|YTN|JTBC|MBN|OBS|TBS|EBS|채널\s?A|TV\s?조선|연합뉴스\s?TV|뉴스1|[가-힣A-Z]{2,6})\s?(?:뉴스|NEWS)?\s?([가-힣]{2,4})(?:입니다|였습니다)\.?$/u.exec(line);
  if (korean) return /(?:뉴스|NEWS)\s?[가-힣]{2,4}(?:입니다|였습니다)|^(?:KBS|MBC|SBS|YTN|JTBC|MBN|OBS|TBS|EBS|채널\s?A|TV\s?조선|연합뉴스\s?TV)/u.test(line) ? korean[1]! : null;
  // (Arirang's "Our Kim Yeon-ji reports.": the network's own reporter.)
  const english = /^(?:Our\s+)?(.+?)(?:,\s+(?:[\p{Lu}][\p{L}]*\s+){0,3}(?:News|Radio|Television|TV)\.?|\s+(?:has more|has the story|has the details|reports)\.)$/u.exec(line);
  if (english && peopleIn(english[1]!)?.length === 1 && !/\bnews\b/i.test(english[1]!) && !NOT_A_REPORTER.test(english[1]!)) return english[1]!;
  return null;
}

/**
 * A stamp of the date and the writer and nothing else, either way round: "11.12.2019 - Amelie
 * Loevenich", "Reiner Nagel | 25.10.2022, 15:20 Uhr". The writer's names, or null.
 */
export function datedByline(line: string): string | null {
  if (line.length > 90 || !/\d/.test(line)) return null;
  const separator = /\s+[-–—|·•]\s+|\s*[|·•]\s*/gu;
  // A day and a year at least: "Nikole Hannah-Jones (Hrsg.) • 1619" is a book's author and title.
  const isDate = (part: string) => isDateLine(part) && /\d\D+\d/.test(part);
  for (let m = separator.exec(line); m; m = separator.exec(line)) {
    const before = line.slice(0, m.index).trim();
    const after = line.slice(m.index + m[0].length).trim();
    if (isDate(before) && peopleIn(after)) return after;
    if (isDate(after) && peopleIn(before)) return before;
  }
  // With nothing between, the name before the date: "Chad O'Carroll November 20, 2026".
  const glued = NAME_THEN_DATE.exec(line);
  if (glued && isDate(glued[2]!) && looksLikeNames(glued[1]!) && !INSTITUTION_WORD.test(glued[1]!) && peopleIn(glued[1]!)?.length === 1) return glued[1]!;
  return null;
}
/** Words that name an office or an event, not a person: "Department Press Briefing – November 20, 2026" is a title. */
export const INSTITUTION_WORD =
  /\b(?:department|ministry|briefing|press|conference|office|committee|council|agency|news|statement|remarks|report|bureau|service|government|embassy|mission|assembly|party|university|institute|center|centre|forum|summit|meeting|update|edition|weekly|daily)\b/i;
const NAME_THEN_DATE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+((?:\d{1,2}\.?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{L}.]*\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{L}.]*\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$/iu;

const NAME_JOINERS = new Set([...NAME_PARTICLES, 'dos', 'das', 'and', 'und', 'et', 'y', 'e', 'i', 'in', 'for', 'with', 'für', 'mit', 'and/or', '&', '|', '-', '–', 'staff', 'reporter', 'writer', 'correspondent', 'editor']);

/** At most one word in lower case beside the particles: a user name ("zahlenzauberin"), an agency ("dpa"). */
function looksLikeNames(names: string): boolean {
  let lower = 0;
  for (const word of names.split(/[\s,/]+/)) {
    if (!word || NAME_JOINERS.has(word.toLowerCase()) && word === word.toLowerCase()) continue;
    const first = word.replace(/^[^\p{L}\d@]+/u, '')[0];
    if (first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase()) lower++;
  }
  return lower < 2;
}

const PEOPLE_PARTICLES = new Set([...NAME_PARTICLES, 'dos', 'das', 'ten', 'zu']);

/**
 * The people a byline names ("Laura Jordán / Javier Urbina", "Julia Hitz (eg)", "Kim Tong-Hyung and
 * Mari Yamaguchi"): two to four capitalised words each, no digits, no label or credit ("Photograph
 * by …", "Publiziert 02/02/2022 …", "Cortesía"). Null when any part is not a name.
 */
export function peopleIn(byline: string): string[] | null {
  if (/\d|:/.test(byline)) return null;
  const people = byline.replace(/\s*\([^)]{1,12}\)\s*$/, '').split(/\s*(?:[,/&;、]|\band\b|\bund\b|\by\b|\bet\b)\s*/u).filter(Boolean);
  const named = people.every((person) => {
    if (CJK_NAME.test(person)) return !CJK_OUTLET.test(person);
    const words = person.split(/\s+/).filter((w) => !PEOPLE_PARTICLES.has(w));
    return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w));
  });
  return people.length > 0 && named ? people : null;
}

/** Whether a byline is one or more people's names (see peopleIn). */
export function namesPeople(byline: string): boolean {
  return peopleIn(byline) !== null;
}

/**
 * A news agency's or an outlet's name given where a writer's should be: "Yonhap", "AFP", "The Associated
 * Press", "연합뉴스", "新华社", "共同通信". A byline or a dateline that names the reporter does better.
 */
export function isOutletName(name: string): boolean {
  return WIRE_NAME.test(name.trim()) || CJK_OUTLET_NAME.test(name.trim());
}
const WIRE_NAME = /^(?:(?:the )?associated press|ap|afp|agence france-presse|reuters|yonhap(?: news(?: agency)?)?|xinhua(?: news agency)?|kyodo(?: news)?|jiji(?: press)?|kcna|tass|ria novosti|bloomberg|dpa|upi|efe|ansa|newsis|news1|nhk|cgtn|cctv|kbs|mbc|sbs|ytn|jtbc|интерфакс|тасс|риа новости)$/i;
// (Korean agencies named with a digit or a foreign word: "뉴스1", "뉴시스"; Chinese papers: "环球时报".)
const CJK_OUTLET_NAME = /^(?:[\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}A-Z]{1,8}(?:뉴스|일보|신문|방송|통신|新闻|新聞|日报|日報|晚报|时报|時報|通信|通讯社|网|網|社)(?:\s?TV)?|뉴스1|뉴시스|노컷뉴스)$/u;

/** A Korean, Chinese or Japanese personal name: "김수연", "王晓东", "太田 成美", "買買提·艾力". */
const CJK_NAME = /^(?:\p{Script=Hangul}{2,4}|\p{Script=Han}{2,4}|\p{Script=Han}{1,6}·\p{Script=Han}{1,6}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4} [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4})$/u;
/** … which an outlet's name is not: "연합뉴스", "조선일보", "新华社", "人民日报". */
const CJK_OUTLET = /(?:뉴스|일보|신문|방송|통신|닷컴|사|新闻|日报|日報|晚报|网|網|社|报|報|台|新聞|通信|放送)$/u;

/**
 * An author's line given as a label ("Text: Jane Doe", "Auteur : Jane Doe", "Text von Jane Doe Illustration von …",
 * "Autorin: Jane Doe, Projektleiterin", "Author: Jane Doe, Datum: …", a bare "Von Jane Doe"), at the
 * start or the end of a story: the name, up to four capitalised words.
 */
/** The writer's post after the name: ", staff reporter", ", Seoul correspondent". */
const WRITERS_POST = String.raw`,\s*(?:(?:senior|chief|special)\s+)?(?:staff\s+(?:reporter|writer)|(?:[\p{L}-]+\s+)?correspondent|reporter)$`;
const ONLY_WRITERS_POST = new RegExp(`^${WRITERS_POST}`, 'iu');
const ENDS_WITH_WRITERS_POST = new RegExp(WRITERS_POST, 'iu');

/** Whether a byline ends with the writer's post: "By Park Min-hee, staff reporter". */
export function endsWithWritersPost(line: string): boolean {
  return ENDS_WITH_WRITERS_POST.test(line);
}

export function signatureOf(line: string): string | null {
  if (line.length > 160) return null;
  // CNA's "(By Joseph Yeh)" closing a story.
  const bracketed = /^\((?:by|von)\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s+and\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})?)\)$/iu.exec(line);
  if (bracketed) return bracketed[1]!;
  const m = /^(?:[Tt]ext(?:\s+und\s+[Ff]otos?)?\s+von|TEXT\s*[:：]|[Tt]ext\s*[:：]|[Aa]ut(?:or|eur|ore|ora)(?:in)?\s*[:：]|AUT(?:OR|EUR|ORE)(?:IN)?\s*[:：]|[Aa]uthor\s*[:：]|([Vv]on|[Bb]y))\s+((?!(?:Illustrations?|Fotos?|Bilder?|Datum|Photos?)\b)\p{Lu}[\p{L}.'-]*(?:\s+(?!(?:Illustrations?|Fotos?|Bilder?|Datum|Photos?)\b)\p{Lu}[\p{L}.'-]*){0,3})(.*)$/u.exec(line);
  if (!m) return null;
  // A bare "Von …" or "By …" is the whole line, or has only the writer's post after it ("By Park
  // Min-hee, staff reporter"): "Von Atemschutzmaske über Exit-Strategie …" is not.
  if (m[1] && m[3]!.trim() !== '' && !ONLY_WRITERS_POST.test(m[3]!)) return null;
  return m[2]!;
}

/**
 * The writers a Chinese story names in parentheses after its last sentence: "…才有这座英雄的城！（评论员
 * 罗博 萧海川）", "…（记者 张三、李四）", "…（本报记者 王晓东）". The paragraph stays; the names are its authors.
 */
export function closingChineseByline(paragraph: string): string | null {
  const m = CLOSING_CHINESE_BYLINE.exec(paragraph);
  return m ? m[1]!.split(CHINESE_NAME_SEPARATOR).filter(Boolean).join(', ') : null;
}
const CLOSING_CHINESE_BYLINE = new RegExp(
  String.raw`[。！？!?”」][\s]*[（(]\s*(?:[\p{Script=Han}]{0,6}?(?:特约评论员|评论员|評論員|特约记者|记者|記者|通讯员|通訊員))\s*[:：]?\s*` +
    String.raw`(${CHINESE_NAME}(?:(?:\s*[、，,]\s*|\s+|\s*(?:通讯员|通訊員|实习生|實習生|记者|記者)\s*)${CHINESE_NAME}){0,5})\s*[)）]\s*$`,
  'u',
);

/**
 * Agencies as captions credit them: in parentheses ("(Yonhap)", "(Xinhua/Li Xin)"), alone after the
 * last sentence ("… Tuesday. Yonhap"), or in brackets ("… [YONHAP]"). One list each, shared by the
 * caption patterns and by the test that tells a story's last paragraph from a caption.
 */
const WIRE_AGENCIES = 'yonhap|xinhua|afp|ap|reuters|kcna|epa|kyodo|kyodo news|jiji|tass|ria novosti|sputnik|dpa|efe|ansa|bernama|antara';
const CLOSING_AGENCIES = 'Yonhap|YONHAP|Reuters|AP|AFP|EPA|Xinhua|KCNA|Newsis|News1';
const BRACKETED_AGENCIES = 'YONHAP|NEWS1|NEWSIS|AP|AFP|REUTERS|EPA|XINHUA|KCNA';

/** Photo credit at the end of a caption: "Photo: Reuters", "[Photo: fmprc.gov.cn]", "(AFP)". */
export const CREDIT = new RegExp(
  String.raw`(?:\[\s*(?:photo|image|picture|file photo|graphic|video|photograph)s?\s*(?:[:：/]|by)\s*[^\]]{1,80}\]|\(\s*(?:photo|image|picture|file photo|graphic)s?\s*(?:[:：/]|by)\s*[^)]{1,80}\)|(?:^|[\s.,|/（(-])(?:photo|image|picture|file photo|photograph|pictured|credit|foto|bild|사진|写真|画像|图片来源|图)s?\s*(?:[:：/=＝]|by)\s*[^.!?]{1,80}|(?:\/|\|)\s*(?:reuters|ap|afp|getty images?|epa|yonhap|xinhua|kcna|ap photo|afp photo|shutterstock|file|(?:(?:ap|afp|epa|로이터|upi)\s*)?연합뉴스|뉴스1|뉴시스|新华社|共同通信|ロイター|domena publiczna|public domain|wikimedia commons|pixabay|unsplash|pexels|istock(?:photo)?|adobe stock|picture alliance|imago|east news|materiały prasowe)[^.!?]{0,40}|\S©\s*\p{L}[\p{L}\d ._-]{0,40}\/[\p{L}\d._-]{2,30}|\((?:${WIRE_AGENCIES})(?:\s*\/[^)]{0,40})?\)(?:\s*==\s*kyodo)?|==\s*kyodo|\bvia (?:reuters|ap|afp|getty images|epa|yonhap|kcna|xinhua)|\[[^\]]{0,120}(?:국내에서만 사용\s?가능|for use only in the republic of korea)[^\]]{0,120}\](?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?|(?:getty images|shutterstock|afp photo|ap photo|reuters photo|epa-efe)|\[[^\]]{0,40}(?:연합뉴스|뉴스1|뉴시스|자료사진|사진 제공|제공|촬영|DB 금지|화면 캡처|캡처)[^\]]{0,40}\]|[（(](?:共同|ロイター|AP|AFP|新华社|新華社)[)）]|[（(]?(?:(?:新华社|中新社|人民网)?(?:记者|記者)\s*[\p{Script=Han}·]{2,4}(?:\s*[、,，]\s*[\p{Script=Han}·]{2,4})*\s*摄|摄影[:：]\s*\S{2,10}|图片来源[:：].{1,30})[)）]?|(?:\s|[（(])(?:(?:新华社|中新社)发\s*[（(]?)?[\p{Script=Han}·]{2,4}(?:\s*[、,，]\s*[\p{Script=Han}·]{2,4})*\s*摄[)）]{0,2})\s*$`,
  'iu',
);

/** A section's name in Korean, Chinese or Japanese script alone, a few characters long ("북한", "国际", "アジア"). */
const CJK_SECTION = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6}$/u;

/** A source's label opening a line or a field: "来源：人民网", "Source: Xinhua", "출처: 연합뉴스". */
const SOURCE_LABEL = /^(?:source|(?:本文|稿件|文章|信息|新闻)?来源|來源|출처|quelle|fuente|źródło)\s*[:：]/i;

/** Positional cues that only photo captions use: "(right)", "(L)", "(2nd R)", "(centre)". */
const POSITION = /\((?:\d(?:st|nd|rd|th) )?(?:left|right|centre|center|front|back|top|bottom|l|r|c|far left|far right|from left|l-r|r-l)\)/i;

/**
 * CGTN's credit after a caption, a slash against it: "… Mao Ning. /Chinese Foreign Ministry", "… in
 * Beijing. /CFP" ("Rot / Grau", with a space each side, is a pair of words).
 */
const SLASH_CREDIT = /^(?:\S+\s+){3}.*\s\/\p{Lu}[\p{L}&'.-]*(?:\s\p{Lu}[\p{L}&'.-]*){0,4}$/u;
/** A wire photographer's credit closing a caption, in the agencies' own spelling: "REUTERS/Kim Hong-Ji", "(AP Photo/Ahn Young-joon)". */
const PHOTOGRAPHER = /\b(?:REUTERS|AP Photo|AFP|EPA|YONHAP)\s*\/\s*\p{Lu}[\p{L}'.-]+(?:[ -]\p{Lu}[\p{L}'.-]+){0,3}\)?\s*$/u;

/**
 * The credit Korean English-language papers close a caption with, after its last sentence: "… in
 * Seoul, Tuesday. Yonhap", "… [YONHAP]", "… Korea Times photo by Shim Hyun-chul", "… Courtesy of
 * the Ministry of Unification". A story's sentence names the agency inside itself ("…, Yonhap said.").
 */
const TRAILING_CREDIT = new RegExp(
  // (A foreign agency's picture as Yonhap or Newsis distribute it: "… May 23. EPA-Yonhap", "(AP-Yonhap)", "[AP/Newsis]".)
  String.raw`[.!?]\s+\(?(?:AP|AFP|EPA|Reuters|UPI|Xinhua)-(?:Yonhap|YONHAP)\)?$|\s\[(?:AP|AFP|EPA|Reuters|REUTERS|UPI|Xinhua)\s?\/\s?(?:Newsis|NEWSIS|Yonhap|YONHAP|News1|NEWS1)\]$` +
    String.raw`|[.!?]\s+(?:${CLOSING_AGENCIES}|Getty Images|(?:Korea Times|Korea Herald|Korea JoongAng Daily|JoongAng) photo(?: by [\p{L} .'-]{2,40})?|Courtesy of [\p{L}\d .,'&-]{2,60})$` +
    String.raw`|\s\[(?:${BRACKETED_AGENCIES}|JOONGANG PHOTO|[A-Z][A-Za-z]+ [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\]$`,
  'u',
);

/** An agency named alone at the end of a line: "… (Yonhap)", "…. Yonhap", "… [YONHAP]". */
const AGENCY_CLOSE = new RegExp(
  String.raw`(?:\((?:${WIRE_AGENCIES})\)|[.!?]\s+(?:${CLOSING_AGENCIES})|\[(?:${BRACKETED_AGENCIES})\]|[.!?。]\s*\/\s*(?:${CLOSING_AGENCIES}|연합뉴스|뉴스1|뉴시스)|[.!?]\s*\[(?:연합뉴스|뉴스1|뉴시스)\])\s*$`,
  'i',
);
/**
 * A Japanese or Chinese sentence closed by its agency: "…と述べた。（共同）". A caption names what it
 * shows and puts the credit after that, with no full stop ("…する首相＝5日、首相官邸（共同）").
 */
const SENTENCE_THEN_AGENCY = /。\s*[（(](?:共同|共同通信|時事|ロイター|AP|AFP|新华社|新華社|中新社|人民网)[)）]\s*$/u;
const STAMP_THEN_AGO = /^(.*?\d{4})\s*\d{1,2}\s*(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$/i;
const PICTURE_COPYRIGHT = /^\S+(?:\s+\S+){1,40}\s+[©ⓒ]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}?[\p{L}.'’-]+){0,3}(?:\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?$/u;
/** Reported speech: what a story's paragraph does and a photo's caption does not. */
const REPORTED =
  /\b(?:said|says|told|added|reported|according to|announced|stated|noted|warned|urged)\b|(?:말했다|밝혔다|전했다|강조했다|덧붙였다|설명했다|주장했다|지적했다|발표했다|보도했다|述べた|語った|明らかにした|話した|強調した|発表した|伝えた|報じた|表示|指出|强调|称|说|заявил|сообщил|сказал|отметил|подчеркнул)/i;

/** The wire services' caption opening: "Photo taken on March 5, 2024 shows …", "File photo taken in 2019 shows …". */
const PHOTO_TAKEN = /^(?:(?:file |this )?photo|picture|image|screenshot) (?:taken|shot|released|provided) (?:on |in )?(?:\d{1,2} )?(?:\p{L}+\.? )?\d{1,4}(?:,? \d{4})?,?\s+shows\b/iu;

/** A standalone line that is a photo caption rather than body text. */
export function isCaptionLine(raw: string): boolean {
  // (Chinese, Japanese and Korean say in six characters what takes fifteen in Latin script.)
  if (raw.length > 400 || raw.length < (hasCjk(raw) ? 6 : 15)) return false;
  // NK News dates the picture after its credit: "… | Image: KCNA (Nov. 20, 2026)".
  const line = withoutPictureFurniture(raw).replace(/\s*\((?:[\p{L}]{3,9}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[\p{L}]{3,9}\.?\s+\d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2})\)$/u, '');
  // A story's last paragraph may close with its agency too: "…, the ministry said. (Yonhap)". A
  // photo's caption shows, it does not report.
  if ((AGENCY_CLOSE.test(line) && REPORTED.test(line)) || SENTENCE_THEN_AGENCY.test(line)) return false;
  // AP's and VOA's archive picture: "FILE - A TV screen shows a file image of … in Seoul, South Korea, Nov. 3, 2026."
  if (/^FILE(?: PHOTO)?\s*[-–—:]\s+\p{Lu}/u.test(line)) return true;
  // Yonhap's and the Korean papers' picture labels: "[그래픽] 북한 ICBM 발사 (서울=연합뉴스) 김민지 기자", "[인포그래픽] …".
  // Chinese papers' archive pictures and credits: "资料图：朝鲜发射的导弹（图源：朝中社）".
  if (/^(?:资料图片?|图片|图)\s*[:：]\s*\S|[（(](?:图源|图片来源|图片|图)\s*[:：][^（）()]{1,30}[)）]$/u.test(line)) return true;
  // Korean agencies' and papers' photo notes and archives: "… (사진=노동신문 캡처) *재판매 및 DB 금지 2025.03.21.
  // photo@newsis.com", "김여정 북한 노동당 부부장. 동아일보DB", "… /뉴스1".
  // Hankyoreh's foreign pictures: "토니 블링컨 미국 국무장관. AP 연합뉴스"; News1's "… (조선중앙TV 갈무리) ⓒ News1 DB".
  if (/재판매 및 DB\s?금지|photo@[\w.-]+\.(?:com|co\.kr|kr)$/u.test(line) || (line.length < 200 && /[.)]\s*(?:[가-힣]{2,8}DB|[가-힣]{2,8}\s?자료사진|중앙포토|(?:AP|AFP|EPA|UPI|로이터|신화)\s?(?:연합뉴스|뉴시스)|ⓒ\s?(?:News1|뉴스1)(?:\s?DB)?)$/u.test(line))) return true;
  // A picture's name and its copyright holder: "Kremlin spokesman Dmitry Peskov © Valery Sharifulin/TASS",
  // "Мария Захарова. Архивное фото © РИА Новости / Алексей Майшев".
  if (line.length < 300 && (line.includes('©') || line.includes('ⓒ')) && PICTURE_COPYRIGHT.test(line) && !REPORTED.test(line) && !/copyright|rights reserved|all contents|무단|版权|著作権|права защищены/iu.test(line)) return true;
  // Xinhua's and the wires' picture lines: "Photo provided by the Korean Central News Agency (KCNA) on Jan. 7, 2025
  // shows …", "Photo taken on Nov. 20, 2026 shows …", "This handout photo released by …".
  // A caption shows; the story tells what the pictures showed ("Photos released by KCNA showed Kim …").
  if (/^(?:this |a )?(?:handout |file )?(?:photo|picture|image|screenshot)s? (?:provided by|taken on|released by|released on|made available by|obtained by)\b/i.test(line) && !/\b(?:showed|depicted|appeared to show)\b/i.test(line)) return true;
  // Chinese picture lines: "朝中社发布的试射现场照片", "这是朝中社11月1日发布的…试射现场照片。新华社/朝中社", "图为…".
  if ((line.length < 60 && /(?:照片|图片)$/u.test(line) && !/[。！？]/u.test(line)) || /^(?:这是|图为).{4,150}?(?:照片|图片|资料图|画面)/u.test(line) || /[。]\s*新华社\/[\p{Script=Han}]{2,6}$/u.test(line)) return true;
  // A Japanese picture an agency took and Kyodo or Jiji carries: "北朝鮮が発射した弾道ミサイル（朝鮮中央通信＝共同）".
  if (!line.includes('。') && /[（(][^（）()]{1,20}[＝=](?:共同|時事|ロイター|AP|AFP|EPA|聯合)[)）]$/u.test(line)) return true;
  // The label makes it one, sentence or not ("[사진] 20일 서울역에서 시민들이 뉴스를 보고 있다.").
  if (/^[[［](?:그래픽|인포그래픽|사진|포토|화보|영상)[\]］]\s*\S/u.test(line)) return true;
  // A numbered figure's legend: "Figure 1. Overview of the launch pad.", "Abb. 2: Lageplan".
  if (line.length <= 300 && /^(?:figure|fig\.|abbildung|abb\.|figura|grafik|chart|map|image|photo|그림|图)\s*\d{1,3}\s*[.:：]\s*\S/iu.test(line)) return true;
  if (CREDIT.test(line) || PHOTO_TAKEN.test(line) || PHOTOGRAPHER.test(line) || TRAILING_CREDIT.test(line) || (line.includes(' /') && SLASH_CREDIT.test(line))) return true;
  // "... against North Korea |": a caption whose credit was stripped leaves its separator.
  if (/\s[|｜]\s*$/.test(line) && wordCount(line) >= 5) return true;
  return POSITION.test(line) && !SENTENCE_END.test(line);
}

/** Removes a trailing caption separator left over from a stripped credit, and the picture's furniture. */
export function tidyCaption(line: string): string {
  return (
    withoutPictureFurniture(line)
      .replace(/\s*[|｜]\s*$/, '')
      // The BBC's words for screen readers before a caption: "Image caption, People in Seoul watched …".
      .replace(/^(?:image|video) caption,\s+/i, '')
      // The New York Times runs the credit into the caption: "…of the launch.Credit...Ahn Young-joon/Associated Press".
      .replace(/\s*Credit\s*(?:\.{3}|…)\s*/, ' Credit: ')
      .trim()
  );
}

const WIRE_OR_AGENCY = /^(?:getty images|reuters|ap|afp|epa(?:-efe)?|efe|yonhap|xinhua|kcna|kyodo|jiji|ap photo|afp photo|shutterstock|alamy|bloomberg|ani|pti|anadolu(?: agency)?|sputnik|tass|ria novosti|uncredited)$/i;

/**
 * A picture's credit alone, without words on what it shows: "(KCNA via Reuters)", "UN Photo/Loey Felipe",
 * "Photographer: SeongJoon Cho/Bloomberg", "Image source, Getty Images", "Getty Images". A figure prints it
 * in an element of its own beside the caption.
 */
export function isBareCredit(line: string): boolean {
  if (line.length > 300) return false;
  const reason = classifyLine(line);
  if (reason === 'credit' || reason === 'copyright') return true;
  return (
    /^\(?\s*[\p{L}\d .&'’-]{2,40}\s+via\s+[\p{L}\d .&'’-]{2,40}\)?$/u.test(line) ||
    /^(?:[\p{Lu}][\p{L}.]*\s+)?(?:photo|foto|image|picture)s?\s*\/\s*[\p{L} .'’-]{2,60}$/iu.test(line) ||
    // "Noah Berger / AP", "Ahn Young-joon/Associated Press": a photographer and the agency.
    /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*(?:AP|AFP|Reuters|Getty Images|EPA(?:-EFE)?|Yonhap|Xinhua|KCNA|Kyodo|Bloomberg|Associated Press|Pool|Sipa|dpa|picture alliance|Shutterstock|TASS|Sputnik)$/u.test(line) ||
    /^(?:photographer|photograph|credit|image source|source|image|photo|foto|bild|illustration)\s*(?:[:：,]|\.{3}|…)(?:\s*\S|$)/iu.test(line) ||
    WIRE_OR_AGENCY.test(line.replace(/^[([]\s*|\s*[)\]]$/g, ''))
  );
}

/**
 * What a picture's box prints around its caption: a gallery's count ("[1/3]") before it, and the
 * agency's sales button ("Purchase Licensing Rights") after the credit.
 */
function withoutPictureFurniture(line: string): string {
  return line.replace(/^\[\d{1,2}\/\d{1,2}\]\s*/, '').replace(/\s*(?:Purchase|Acquire) Licensing Rights(?:,? opens new tab)?\s*$/i, '');
}
