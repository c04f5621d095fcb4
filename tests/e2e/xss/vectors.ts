/**
 * lit-ui's XSS corpus: strings that would run script (or navigate) if any
 * renderer put them into the DOM unsanitised. Each one, if it ever runs,
 * calls the page's canary `__xss(<its number>)` — or, for a few classic
 * ones, `alert`/`confirm` (caught as dialogs) or navigates (caught as a
 * navigation). Kinds: script elements, event handlers, `javascript:`/`data:`
 * URLs (raw, entity-encoded, split by control characters), SVG and MathML
 * tricks, mutation XSS (parser round-trip differentials), attribute and
 * element breakouts, template injection, markdown-specific links, images,
 * autolinks and reference definitions, KaTeX commands, and CSS URLs.
 */
export const XSS_VECTORS: readonly string[] = [
  // Script elements
  '<script>__xss(1)</script>',
  '<SCRIPT SRC=data:text/javascript,__xss(2)></SCRIPT>',
  '<scr<script>ipt>__xss(3)</scr</script>ipt>',
  '<svg><script>__xss(4)</script></svg>',
  '</script><script>__xss(5)</script>',
  // Event handlers
  '<img src=x onerror=__xss(6)>',
  '<img src="x" onerror="__xss(7)">',
  '<svg onload=__xss(8)>',
  '<svg/onload=__xss(9)>',
  '<body onload=__xss(10)>',
  '<details open ontoggle=__xss(11)>',
  '<input autofocus onfocus=__xss(12)>',
  '<video><source onerror=__xss(13)></video>',
  '<audio src=x onerror=__xss(14)>',
  '<marquee onstart=__xss(15)>x</marquee>',
  '<xss id=x15 tabindex=1 onfocusin=__xss(16) autofocus>',
  '<img src=x onerror=__xss(17)//',
  '<img src=x onerror="&#95;&#95;xss(18)">',
  '<img src=x onerror=\\u005f\\u005fxss(19)>',
  '<img src=`x`onerror=__xss(20)>',
  // Frames, objects, embeds, imports
  '<iframe src="javascript:parent.__xss(21)"></iframe>',
  '<iframe srcdoc="<script>parent.__xss(22)</script>"></iframe>',
  '<object data="javascript:parent.__xss(23)"></object>',
  '<embed src="data:text/html,<script>parent.__xss(24)</script>">',
  '<link rel=import href="data:text/html,<script>parent.__xss(25)</script>">',
  // javascript: and data: URLs in HTML
  '<a href="javascript:__xss(26)">click</a>',
  '<a href="JaVaScRiPt:__xss(27)">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss(28)">click</a>',
  '<a href="jav&#x09;ascript:__xss(29)">click</a>',
  '<a href=" javascript:__xss(30)">click</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5fX3hzcygzMSk8L3NjcmlwdD4=">click</a>',
  '<form action="javascript:__xss(32)"><button>go</button></form>',
  '<button formaction="javascript:__xss(33)">go</button>',
  '<isindex action=javascript:__xss(34) type=image>',
  '<base href="javascript:__xss(35)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(36)">',
  '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/navigated-37">',
  '<div style="background:url(javascript:__xss(38))">x</div>',
  // SVG and MathML
  '<math href="javascript:__xss(39)">x</math>',
  '<svg><a xlink:href="javascript:__xss(40)"><text x="10" y="20">x</text></a></svg>',
  '<svg><animate onbegin=__xss(41) attributeName=x dur=1s>',
  '<svg><a><set attributeName="href" to="javascript:__xss(42)"/><text y="20">x</text></a></svg>',
  '<svg><foreignObject><img src=x onerror=__xss(43)></foreignObject></svg>',
  '<svg><use href="data:image/svg+xml,&lt;svg id=%27x%27 xmlns=%27http://www.w3.org/2000/svg%27&gt;&lt;image href=%27x%27 onerror=%27__xss(44)%27/&gt;&lt;/svg&gt;#x"/></svg>',
  // Mutation XSS
  '<noscript><p title="</noscript><img src=x onerror=__xss(45)>">',
  '<svg></p><style><a id="</style><img src=1 onerror=__xss(46)>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(47)>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss(48)>',
  '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=__xss(49) src=1>"></path></textarea></mtext></svg></mglyph></mi></math>',
  '<svg><style><img src=x onerror=__xss(50)></style></svg>',
  '<template><img src=x onerror=__xss(51)></template>',
  '<!--><img src=x onerror=__xss(52)>-->',
  '<![CDATA[><img src=x onerror=__xss(53)>]]>',
  // Breakouts and template injection
  '"><img src=x onerror=__xss(54)>',
  "'><img src=x onerror=__xss(55)>",
  '</title><img src=x onerror=__xss(56)>',
  '</textarea><img src=x onerror=__xss(57)>',
  '</style><img src=x onerror=__xss(58)>',
  '${__xss(59)}',
  "{{constructor.constructor('__xss(60)')()}}",
  // Bare URLs (link URLs, icons, avatars)
  'javascript:__xss(61)',
  'data:text/html,<script>parent.__xss(62)</script>',
  'vbscript:__xss(63)',
  ' \tjava\nscript:__xss(64)',
  // Markdown
  '[click](javascript:__xss(65))',
  '[click](JaVaScRiPt:__xss(66))',
  '[click](javascript&#58;__xss(67))',
  '![img](x" onerror="__xss(68))',
  '[click](data:text/html;base64,PHNjcmlwdD5fX3hzcyg2OSk8L3NjcmlwdD4=)',
  '<javascript:__xss(70)>',
  '[ref][x71]\n\n[x71]: javascript:__xss(71)',
  '[click](<javascript:__xss(72)>)',
  '`<img src=x onerror=__xss(73)>`',
  ':red[<img src=x onerror=__xss(74)>]',
  '[![img](x)](javascript:__xss(75))',
  // KaTeX
  '$\\href{javascript:__xss(76)}{x}$',
  '$$\\url{javascript:__xss(77)}$$',
  '$\\htmlData{onerror=__xss(78)}{x}$',
  // Dialogs
  '<img src=x onerror=alert(79)>',
  '<svg onload=confirm(80)>',
  '<img src=x onerror=prompt(81)>',
];
