// Every role layout of DESIGN §2b is read as roles (title, employer, dates, bullets), through the real
// parser on real fixture files.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { parseDocument, parseRoleLine } from "../../src/core/parse.js";
import { readDocument } from "../../src/engine/index.js";
import { isTitleText, takeDates } from "../../src/core/roleline.js";
import { sectionKindOf } from "../../src/core/sections.js";
import { endYear } from "../../src/rules/lib/doc.js";

const dir = new URL("../fixtures/layouts/", import.meta.url);
const read = (f: string) => readFileSync(new URL(f, dir), "utf8");

type Expect = [title: string, employer: string, dates: string, bullets: number];
const cases: Record<string, Expect[]> = {
  "01-company-bold-title-dates.md": [
    ["Engineering Manager, Platform", "Northwind Logistics", "March 2021 – Present", 2],
    ["Senior Software Engineer", "Fabrikam", "2017 – 2021", 3],
  ],
  "02-stacked-titles.md": [
    ["Engineering Manager", "Contoso Ltd", "2022 – Present", 2],
    ["Senior Engineer", "Contoso Ltd", "2019 – 2022", 1],
    ["Software Engineer", "Contoso Ltd", "2017 – 2019", 1],
  ],
  "03-heading-em-dash.md": [
    ["Staff Engineer", "Tailspin Toys", "2019–2022", 2],
    ["Senior Developer", "Wide World Importers", "2015–2019", 1],
  ],
  "04-heading-pipes.md": [
    ["Engineering Manager", "Adatum Corporation", "Jan 2020 – Present", 2],
    ["Tech Lead", "Litware", "2016 – 2019", 1],
  ],
  "05-heading-emoji-at.md": [
    ["Engineering Manager", "Proseware", "2021 – present", 1],
    ["Senior Engineer", "Lucerne Publishing", "2018 – 2021", 1],
  ],
  "06-title-comma-company.md": [
    ["Engineering Manager", "Relecloud", "Feb 2020 – Present", 2],
    ["Senior Software Engineer", "Trey Research", "2016 – 2020", 1],
  ],
  "07-setext.md": [
    ["Tech Lead", "Blue Yonder Airlines", "2020–2023", 2],
    ["Software Engineer", "Coho Winery", "2017–2020", 1],
  ],
  "08-company-subheading-caps.md": [
    ["ENGINEERING MANAGER", "Woodgrove Bank", "2021-2024", 2],
    ["SENIOR ENGINEER", "Woodgrove Bank", "2018-2021", 1],
  ],
  "09-no-heading-paragraph.md": [
    ["Engineering Manager", "Fourth Coffee", "2020–2023", 2],
    ["Senior Engineer", "Graphic Design Institute", "2016–2020", 1],
  ],
  "10-plain-title-dates.md": [
    ["Engineering Manager", "Tailwind Traders", "2021 – Present", 2],
    ["Senior Engineer", "Tailwind Traders", "2018 – 2021", 1],
  ],
  "11-bullet-variants.md": [
    ["Principal Engineer", "Margie's Travel", "2019–2024", 7],
    ["Senior Engineer", "Northwind Traders", "2015–2019", 3],
  ],
  "12-html-templates.md": [["Engineering Manager", "Südwest Tech", "2020–2024", 3]],
  "13-site-components.md": [
    ["VP of Engineering", "Harbor Freight Labs", "Aug 2022 – Apr 2024", 1],
    ["Chief Architect", "Bellows Analytics", "2021 - 2023", 2],
    ["Staff Software Engineer, Data Services", "Bellows Analytics", "2018 - 2021", 1],
    ["Senior Engineer", "Quillwork", "2015 – 2018", 1],
  ],
  // "*   ### Acme - Remote", then its dates, "#### Title" and bullets, all inside one list item: each
  // item of a list whose every item opens with a heading is read as if its blocks stood outside it.
  // "### Acme - Austin, TX", its dates, then "#### Senior Technical Writer": a writer is a job title.
  // '{{< timeline-item' with its attributes one a line, then '>}}' alone on the next line (Markdown
  // reads that line as a block quote): the shortcode is whole, and a role.
  // German titles ending in "-informatiker(in)": an IT specialist's trade ("Fachinformatiker für …").
  // "<h4>Release Coordination for the Retail Apps</h4>" then "<div>From March 2019 to June 2023 - <a>Acme</a></div>":
  // an HTML heading over a line of dates and a name is a role whatever its words; the name its employer.
  // A project's overview as a table of fields ("| 担当役割 | バックエンドリード |") under the project's dated
  // heading, under the employer's dated heading: a role at that row, whatever its words, holding what
  // follows to the next project heading.
  // "_Matchmaking and lobby services engineering._" under a role heading: a sentence set in emphasis (its
  // last word in lower case, a period) is what the role was, no title of another role.
  // "### Lead-capture flow — the moat", "### Quarry — Multi-tenant sign-up analytics platform": a title
  // word joined by a hyphen to a Latin word is part of a compound, no title; no role.
  // "### 🌟 Project 1: Expense Approval Management Workflow": a project named by its label, no role.
  // "## TeamLead платформы платежей": "TeamLead" (and "Тимлид") written as one word is a title word.
  // "### Head of Developer Experience" under "## Professional Experience": a title that ends in a
  // section's word, not an Experience section of its own.
  // "# Name" then "### Engineering Leader | Platform Architect | Mentor": titles side by side, the headline.
  // "## Staff Software Engineer" over a tagline and a summary paragraph, then "## Experience": the
  // headline over a summary, no role (and the summary no achievement).
  // The same site component under "## Volunteering" (a section that holds no jobs) is no role.
  // "### Freelance - Remote" (a title word first), its dates, then "#### Web Developer": an undated
  // "X - Y" heading right over a title heading one level down names the company.
  // An employer's component with nothing under it, then components with no employer ("resume-position-sub"):
  // the first is the umbrella over the titles held there, each a role at that employer.
  "139-umbrella-component-sub-positions.md": [
    ["Principal Engineer", "Fenwick Labs", "2020–present", 1],
    ["Senior Software Engineer, Compiler Team", "Kestrel Works", "2014–2020", 1],
    ["Software Engineer, Installer", "Kestrel Works", "2008–2014", 1],
  ],
  "138-company-place-heading-over-title.md": [
    ["Senior Software Engineer", "Copperleaf Media - Bristol, UK", "Mar 2018 to Present", 1],
    ["Web Developer", "Freelance - Remote", "Jan 2014 to Feb 2018", 1],
  ],
  "137-component-under-volunteering.md": [["Staff Engineer", "Harrowgate Systems", "2019–present", 1]],
  "136-headline-heading-over-summary.md": [["Principal Engineer", "Wrenfield Labs", "2021 – present", 1]],
  "135-headline-titles-side-by-side.md": [["Engineering Manager", "Ostrava Freight", "", 1]],
  "134-title-ending-in-experience.md": [
    ["Head of Developer Experience", "Quillstone", "Mar 2023 - Nov 2024", 1],
    ["Senior Platform Engineer", "Larchfield Energy", "Feb 2019 - Feb 2023", 1],
  ],
  "133-teamlead-title-word.md": [
    ["TeamLead платформы платежей", "", "", 2],
    ["Тимлид группы мобильной разработки", "", "", 2],
  ],
  "132-project-label-headings.md": [],
  "131-hyphen-compound-not-title.md": [["Staff Engineer", "Brambleway Labs", "2021 – Present", 1]],
  "129-emphasis-sentence-under-role.md": [
    ["Senior Software Engineer", "Rookwood Games", "2019-Present", 2],
    ["Software Developer", "Tallow Systems", "2015-2019", 2],
  ],
  "128-project-field-table-role.md": [
    ["バックエンドリード", "株式会社ハヤテ物産", "2022 年 6 月〜", 2],
    ["サーバーサイドエンジニア", "株式会社ハヤテ物産", "2020 年 4 月〜 2022 年 5 月", 1],
  ],
  "127-html-heading-dates-employer-div.md": [
    ["Release Coordination for the Retail Apps", "Ferncastle Retail", "From March 2019 to June 2023", 2],
    ["Backend Developer", "Quaymill Data", "From 2015 to 2019", 1],
  ],
  "126-german-informatiker-title.md": [
    ["Wirtschaftsinformatikerin", "Kranich Versand GmbH", "2021-heute", 1],
    ["Fachinformatiker für Systemintegration", "Moorbach Stadtwerke", "2017-2021", 1],
  ],
  "125-shortcode-closing-line.md": [
    ["Platform Engineer", "Cobblestone Freight", "March 2021 – today | Bremen", 1],
    ["Junior Developer", "Heronsgate Media", "2018 – 2021 | Hamburg", 1],
  ],
  "124-writer-title-under-company.md": [
    ["Senior Technical Writer", "Brightwater Robotics - Austin, TX", "Mar 2020 to Present", 2],
    ["Technical Writer", "Halyard Insurance - Denver, CO", "Jan 2016 to Feb 2020", 1],
  ],
  "123-list-items-holding-headings.md": [
    ["Engineering Manager", "Saltmarsh Analytics - Remote", "May 2021 to Present", 3],
    ["Software Engineer", "Pebblecreek Bank - Leeds", "Jun 2016 to Apr 2021", 2],
  ],
  // Pandoc's Markdown: "**Title** \| *Employer* dates\" (an escaped bar, a backslash ending the line), its range and its
  // tools' line wrapped at the page's width onto the next line: one line each, as shown; the education line under it no role.
  "169-pandoc-bold-title-escaped-pipe.md": [
    ["Líder Técnica", "Cooperativa Los Aromos", "2021 -- Presente", 3],
    ["Desarrolladora Java", "Transportes Quillay", "2015 -- 2021", 1],
  ],
  // "<li>" alone on its line, the item's text on the lines below: items of a promo packet, no role.
  "172-html-items-own-lines.md": [],
  // Under "### Earlier Career", "- **Employer, Title** (years). What was done." (or "**Title, Employer** (years): …"):
  // a role told in one item, the item its achievement; an item after them that names no title is no role's.
  "173-earlier-career-bold-role-items.md": [
    ["Staff Engineer", "Larkspur Freight", "2019 – Present", 1],
    ["Senior Software Engineer", "Copperfield Media", "2015 – 2019", 1],
    ["Software Engineer", "Oxbow Telecom", "2012 – 2015", 1],
  ],
  // "### Title, Employer; City, IT — years": the employer after the title's comma, the place after a semicolon.
  "174-title-employer-semicolon-place.md": [
    ["Sviluppatore Senior", "Rocca Servizi Srl", "2019-presente", 1],
    ["Software Architect", "Valdorcia Net Srl", "2012-2019", 1],
  ],
  // Italian "Amministratore/Amministratrice di Sistema" (a systems administrator) is a title, as "Insegnante" is.
  "175-italian-administrator-title.md": [
    ["Amministratrice di Sistema", "Rocca Servizi Srl", "2014-2019", 1],
    ["Amministratore di Rete", "Valdorcia Net Srl", "2009-2014", 1],
  ],
  // "### Software Engineer (Level 2), Senior Software Engineer | Employer": the second title the first's with a grade
  // before it, a promotion on one heading (as "→" tells one): a role each, the items the later's;
  // "Engineering Manager, Platform" stays one title.
  "176-comma-promotion-heading.md": [
    ["Engineering Manager, Platform", "Quillby Health", "Sept 2023 — present", 1],
    ["Software Engineer (Level 2)", "Thistledown Digital", "", 0],
    ["Senior Software Engineer", "Thistledown Digital", "April 2018 — Aug 2023", 2],
  ],
  // "### Principal Engineer, Streaming Platform" over "**Harrowby Cloud** · *March 2022 – Present · Leeds, UK*": a line
  // of short parts parted by "·" or "|", one the dates, gives the dates and the employer; the heading's part after its
  // comma was the title's area.
  "177-title-area-heading-employer-dates-line.md": [
    ["Principal Engineer, Streaming Platform", "Harrowby Cloud", "March 2022 – Present", 1],
    ["Senior Engineer, Payments", "Ferncombe Bank", "June 2017 – March 2022", 1],
  ],
  // Under a role, "**Rebuilt the scheduling tools for drivers, depots, and fleet management**": a headline whose only
  // title's word names a field ("management") in a sentence is an item, as the other headlines are; "**Leadership & Team
  // Management**" alone still names a group, no item.
  "179-bold-headline-field-word.md": [["Software Developer", "Bramblecote Haulage", "Mar 2015 – Jun 2020", 5]],
  // Kramdown's attribute lists ("[site](…){:target="_blank"}" after the employer, "{: .highlight}" under an item) are no text.
  "180-kramdown-attribute-list.md": [
    ["Principal Consultant", "Cinderfield Labs", "Jan 2022 – Present", 1],
    ["Backend Engineer", "Marrowby Systems", "Feb 2016 – Dec 2021", 1],
  ],
  // Dutch: "### Title bij _Employer_" (bij: at), Dutch months ("Mei", "Maart", "Augustus") and "Heden" (present).
  "181-dutch-title-bij-employer.md": [
    ["Backend Developer", "Zilverhaven", "Mei 2019 - Heden", 1],
    ["Junior Developer", "Kraaienest Media", "Maart 2016 - Augustus 2019", 1],
  ],
  // "<p>" then "<strong>Title</strong><br><em>Employer,</em> place<br>dates<br>address…</p>": a role's card, the list
  // after it its bullets; the same card under "## Education" no role.
  "182-html-bold-title-card.md": [
    ["Senior Backend Developer", "Gullhaven Freight", "April 2021 - Present", 2],
    ["Software Developer", "Pinecrest Outfitters", "June 2016 - March 2021", 1],
  ],
  // "- Employer, 2016–_present_" then, after a line break, "  Title" alone: a role told in one item of two lines; an item
  // whose second line is a sentence is none (its item the role's above).
  "183-employer-dates-item-title-line.md": [
    ["Founder", "Hollowmere Studio", "2019– present", 0],
    ["Frontend Engineer", "Brackenfield Labs", "2016–2019", 0],
    ["Design Intern", "Larchway Council", "2015", 1],
  ],
  // "## Stacks" (the tools used, as "Stack" names them) closes experience: its "### Developer" and "### Designer" over
  // lists of tools are no roles.
  "184-stacks-section-title-subheadings.md": [["Frontend Engineer", "Sedgemoor Print", "2020 – Present", 1]],
  // An HTML table whose header rows ("<tr><th>Employer / Title</th><th>dates</th></tr>") each stand between blank lines:
  // a role each, the "* " items of the rows below its bullets; "Tools / Languages" names no title, no role.
  "185-html-table-header-row-roles.md": [
    ["Principal Consultant", "Quarrybank Systems", "Mar 2018 - Current", 2],
    ["Web Developer", "Lindfield Press", "2011 - 2018", 1],
  ],
  // Block-quoted "#### [2022-04 | Current] Title @ [Employer](…)": the bar between the bracketed dates parts them as a dash;
  // the quote's "#### #PLATFORM_ENGINEERING #…" is a line of tags, no role.
  "186-quoted-bracket-bar-dates-hashtags.md": [
    ["Platform Engineer", "Ortica Cloud", "2022-04 - Current", 0],
    ["Backend Developer", "Salvia Retail", "2018-09 - 2022-04", 0],
  ],
  // "#### Courses" under "### Title — Employer (dates)": the courses taken in that job, its own part; experience goes on,
  // the next role heading and its items read ("## Education" still closes it).
  "187-courses-subheading-under-role.md": [
    ["Backend Developer", "Kestrelford Travel", "2019 – 2022", 2],
    ["Junior Developer", "Marram Bakeries", "2016 – 2019", 1],
  ],
  // Portuguese: under "## Histórico Profissional" (professional history), "- **Employer** - Março/2019 até Julho/2023 - 4 anos"
  // (a month and its year parted by "/", "até": until, the length of time after) over the title alone on the next line.
  "190-portuguese-employer-month-slash-dates-item.md": [
    ["Desenvolvedor Backend", "Lagoa Azul Viagens", "Março/2019 até Julho/2023", 1],
    ["Estagiário Programador Web", "Pedra Branca Software", "Fevereiro/2017 até Março/2019", 1],
  ],
  // "### Name" then "#### Title and Title" (no employer, no dates), the next "###" heading a section's ("### Experience"): the
  // first heading was the person's name and the second the headline, no role ("### Acme" over "#### Engineer" and "### Globex"
  // stays a company and its title).
  "191-name-h3-headline-h4-section-h3.md": [
    ["Head of Engineering", "Corvid Tools", "2021 – Present", 1],
    ["Senior Engineer", "Pellucid", "2015 – 2021", 1],
  ],
  // kramdown's table with no header ("| --- | --- |" first, a paragraph to Markdown): each row "| dates | Title bei
  // Employer |" a role, the title and the employer parted in their one cell.
  "192-kramdown-headerless-table-roles.md": [
    ["Teamleiter Softwareentwicklung", "Kranichfeld Logistik GmbH", "Seit 2021", 0],
    ["Senior Software Developer", "Ostwind Datentechnik AG", "2017 - 2021", 0],
    ["Softwareentwickler", "Lindenhof Systeme GmbH", "2014 - 2017", 0],
  ],
  // German "an der" / "am" (at the) part the title from the employer as "bei" does; "Diplom an der …" and "Abitur am …"
  // under "## Ausbildung" stay no role.
  "193-german-an-der-am-employer.md": [
    ["Wissenschaftlicher Mitarbeiter", "Hochschule Birkenwald", "Seit 2020", 0],
    ["Softwareentwickler", "Institut Nordlicht", "2016 - 2020", 0],
    ["Entwickler", "Heidekamp Medien GmbH", "2013 - 2016", 0],
  ],
  // Markdoc's paired tag, "{% work from=… to=… job="Title at Employer" %}" alone on its line, then prose, then "{% /work %}":
  // a role (the title and the employer parted in "job"), the prose its item.
  "194-markdoc-paired-work-tags.md": [
    ["Engineering Manager", "Quillfeather", "2021 – now", 1],
    ["Senior Software Engineer", "Marrowby Labs", "2016 – 2021", 1],
  ],
  // Under an employer's dated bold line, "- `2011 - 2015` Title (note) - what it was": an item opening with its years alone
  // in code, then a title, is a role ("- Technologies: …" stays an item; "- `2008` MSc …" under "## Education" no role).
  "195-code-dates-title-items.md": [
    ["Engineering manager", "", "2011 - 2015", 1],
    ["Software engineer", "", "2008 – 2011", 2],
  ],
  // A Chinese CV ("# 陈思远简历", its "## 自我评价" a résumé's self-assessment): under "## 工作及项目经历" (work and project
  // experience), "* 20/3至今 Employer *Title*": an item opening with its yy/month dates, the employer, then the title in
  // italics is a role (a note in brackets after the employer is no name's part); its paragraphs and dated project items are its.
  "197-chinese-dated-item-italic-title.md": [
    ["研发总监", "青禾数据（杭州）有限公司", "20/3至今", 2],
    ["高级软件工程师（外包）", "远帆软件有限公司", "16/7 - 20/2", 1],
  ],
  // A Chinese career table whose header names the post ("岗位") beside the employer (公司名称): every row a role, "运维员"
  // too; then under "## 项目经验" (project experience), "### Employer -- Project" headings hold that employer's items, and
  // "### 其他项目" (other projects) ends them.
  "198-chinese-career-table-project-headings.md": [
    ["后端工程师", "杭州青禾科技有限公司", "2019.03 - 2023.06", 2],
    ["运维员", "远帆数据有限公司", "2016.07 - 2019.02", 1],
  ],
  // A Turkish Hugo timeline: "{{< timelineItem header="Kıdemli Yazılım Mühendisi" … >}}" over an HTML list, under "## Deneyim"
  // (experience): Turkish titles ("Mühendisi", "Geliştirici", "Stajyeri") are titles, and under "## Eğitim" (education) none is a job.
  "199-turkish-timeline-shortcodes.md": [
    ["Kıdemli Yazılım Mühendisi", "Deniz Yazılım, Ankara", "Oca. 2022 - Günümüz", 2],
    ["Yazılım Geliştirici Stajyeri", "Kuzey Teknoloji, İzmir", "Haz. 2021 - Eyl. 2021", 1],
  ],
  // A timeline's page, one role a file: "# Engineering Manager", "## Larkspur Health", "### Mar 2021 — Feb 2024", each one level
  // under the last: the title, its employer and its dates; the paragraph under them its item (the line of links after it none).
  "200-title-employer-dates-headings.md": [["Engineering Manager", "Larkspur Health", "Mar 2021 — Feb 2024", 2]],
  // A Japanese 職務経歴書 by project: under "### Project(2020年 - 現在)", "#### ポジション: テックリード" (position, labelled: the title
  // whatever its words, "開発メンバー" too; no employer "ポジション"), then "#### プロジェクト概要" (the project's overview) or
  // "#### 業務内容" (the work) at the title heading's depth: the role's part, its overview paragraph and items the role's.
  "201-japanese-position-label-overview-heading.md": [
    ["テックリード", "家計簿アプリの開発", "2020年 - 現在", 3],
    ["開発メンバー", "予約サイトの開発", "2017年 - 2020年", 1],
  ],
  // A page titled "Experience" in its front matter, no Experience heading: "### Employer, _Title_" headings, each with its fields,
  // an intro and "**Achievements:**" over its items: that label (a heading one level under the role's) keeps the items the role's.
  // A Spanish CV: "### Subdirectora IT — Employer (dates)", "Catedrática", "Auxiliar de aula" are titles; under "## Formación",
  // "**Curso de Auxiliar Administrativo** – *Academy* – date" and "**Formação Cientista de Dados …**" name courses, no jobs.
  "206-spanish-titles-course-line.md": [
    ["Subdirectora IT", "Talleres Brisamar S.L.", "2019 – 2023", 2],
    ["Catedrática", "Universidad del Valle Alto", "2014 – 2019", 1],
    ["Auxiliar de aula", "Colegio Mar de Plata", "2012 – 2014", 1],
  ],
  // A definition list's entry: dates, then ":   *Profesor adjunto, Facultad de Ciencias*", the school's link and what the post
  // was ("Profesor adjunto del Instituto de Matemática, …"): under the title its paragraph opened in emphasis, a line with no
  // dates and no emphasis tells that role's work, no other role.
  "207-definition-emphasis-title-description-lines.md": [
    ["Profesor adjunto, Facultad de Ciencias", "", "2019-2023", 1],
    ["Arquitecto de Software", "Brisamar Datos", "2015-2019", 1],
  ],
  // "## Otras actividades" (other activities) after the experience: like a volunteering section, no jobs, whatever its headings'
  // words ("### JUG Leader — Grupo de Usuarios Java del Lago (2014 – 2016)").
  "208-other-activities-section.md": [["Ingeniera de Datos", "Datos Brisamar", "2018 – 2023", 1]],
  // A Traditional Chinese list of dated items, "* Employer 技術長 _2019 - 2023_": the head of technology (技術長) and a
  // conference's convener (總召) end a title as the engineer (工程師) does.
  "209-cjk-head-titles-list.md": [
    ["青禾雲端股份有限公司 技術長", "", "2019 - 2023", 2],
    ["開源社群年會 總召", "", "2016 - 2018", 0],
    ["北辰大學計算機中心 網頁工程師", "", "2014 - 2016", 1],
  ],
  // A Korean résumé: under "## 경력" (career), "### 한빛페이 (2020 – 2024)" then "백엔드 개발자" (backend developer) on its own
  // line: the employer's heading and its title, as under "## Experience"; "## 학력" (education) holds no job.
  "210-korean-career-section.md": [
    ["백엔드 개발자", "한빛페이", "2020 – 2024", 2],
    ["소프트웨어 엔지니어", "누리소프트", "2017 – 2020", 1],
  ],
  // A Turkish résumé under "## İş Deneyimi" (work experience), its dotted capital "İ" lower-cased to "i" and a combining dot:
  // the experience section, "### Lale Bilişim (2021 – 2024)" over "Kıdemli Yazılım Mühendisi" its employer and title.
  // Turkish titles in capitals: "İ" has no simple case fold to "i", so "MÜHENDİSİ" missed "mühendisi" (read22's report).
  // "**Staff Engineer** [Fabrikam](…) March 2019 - Current": a bold title, a capitalised name and the dates
  // the line ends with, no separator between them: title, employer, dates ("**Mentor** to four interns" stays a bullet).
  "222-bold-title-name-dates-line.md": [
    ["Staff Engineer", "Fabrikam", "March 2019 - Current", 2],
    ["Software Engineer", "Tailspin Toys", "September 2014-February 2019", 1],
  ],
  // A page's heading read as a title alone ("## Engineering Management"), then a bold title line that names its own
  // employer and dates: the heading names the page, no role of its own.
  "223-title-heading-over-employer-line.md": [
    ["Head of Platform - Core Services", "Wingtip", "2021 - 2023", 1],
    ["Principal Consultant", "Northwind", "2012 - 2021", 1],
  ],
  // A Japanese profile: under "## これまでのキャリア" (the career so far), a dated heading per job with no title, then
  // "- ポジション" (position) over the titles held, "- 職務内容" (duties) and "- スキル" (skills) over theirs.
  "224-japanese-position-label-items.md": [
    ["テックリード", "物流管理サービス", "2022.04~現在", 6],
    ["インフラエンジニア", "家計簿アプリ", "2017.10~2022.03", 0],
    ["バックエンドエンジニア", "家計簿アプリ", "2017.10~2022.03", 4],
  ],
  // "…, Reston, VA, June - August 2007": a month alone, a dash, then a month with its year is one range (the year both months').
  // A Portuguese CV: "_(freelance)_" after the employer's line and its dates says how the person worked there, not a
  // second title; the degrees under "## Educação" (education) are no roles.
  "241-freelance-note-education-headings.md": [
    ["Engenheira de Dados Pleno", "Quintal Labs", "Mar 2023 - Presente", 2],
    ["Analista de Sistemas", "Vila Nova Tech", "Jan 2020 - Fev 2023", 1],
  ],
  // A degree's heading among the roles' headings ("## B.S. SOFTWARE ENGINEERING, …", "## Bachelor of Engineering, …") opens
  // the education, no role; nor do its lines' items count as the last role's.
  "242-degree-headings-among-roles.md": [
    ["SENIOR SOFTWARE ENGINEER", "BRIGHTWATER", "2015 – Present", 2],
    ["SOFTWARE ENGINEER", "LANTERN MAPS", "2010 – 2015", 1],
  ],
  // So do Portuguese degrees ("### Mestrado em Engenharia de Software | Universidade do Planalto | 2016 - 2018") in the
  // role headings' shape, under "## Experiência".
  "243-portuguese-degree-headings.md": [
    ["Desenvolvedor Backend Sênior", "Ribeira Pagamentos", "2019 - Atual", 2],
  ],
  // A German CV's one section of jobs and degrees ("## Werdegang"): each degree's heading ("### Master of Science
  // in Maschinenbau, Hochschule Nordtal", then its years) is education, the job headings after it are roles with their
  // own years.
  "246-degree-headings-between-roles.md": [
    ["Forschungsingenieurin", "Hochschule Nordtal", "2023 - Heute", 1],
    ["Senior Software Engineer", "Fjordbank AG", "2018 - 2021", 1],
    ["Softwareentwickler", "Fjordbank AG", "2014 - 2018", 1],
  ],
  // The same with the years first ("### 2016 - 2019: Bachelor in Wirtschaftsinformatik, …", "### 2010 - 2013: Lehre als
  // Netzwerktechnikerin, Fjordbank AG"): a degree and an apprenticeship are education, and the line under the apprenticeship is no title.
  "247-dated-degree-apprenticeship-headings.md": [
    ["Forschungsingenieurin", "Hochschule Nordtal", "2023 - Heute", 1],
    ["Softwareentwickler", "Fjordbank AG", "2013 - 2016", 1],
  ],
  // Jobs as HTML cards with no heading ("<div class="job">"): the header a line of elements classed as its parts ("<span
  // class="job-title">Kestrel Freight <span class="job-company">— Platform Engineer</span></span>"), read by its words, its
  // dates the element classed as the period; the "<li>" items its bullets, the "job-desc" paragraph none; a card under
  // "## Education" no role.
  "250-html-classed-job-cards.md": [
    ["Platform Engineer", "Kestrel Freight", "Mar 2021 – Present", 2],
    ["Android Developer", "Loomwise", "2017 – 2021", 1],
  ],
  // A Spanish CV's "## 🎤 Charlas y Conferencias" (talks and conferences) names the talks given: "- **CTO Forum** 2023 - LISBOA"
  // is an event, its year and town, no role.
  "251-talks-section-spanish.md": [
    ["Jefa de Producto", "Kestrel Viajes", "Mar 2020 – Presente", 2],
    ["Product Manager", "Loomwise", "2016 - 2020", 1],
  ],
  // "### Mobile & Web Director / Delivery Manager / Solutions Analyst @ Employer": three titles held at once, joined by " / ",
  // each of a few words: one title, however many words in all; the role's items its bullets.
  "252-slashed-titles-heading.md": [
    ["Mobile & Web Director / Delivery Manager / Solutions Analyst", "Kestrel Viajes", "2015 - 2020", 2],
    ["Analista de Sistemas", "Loomwise", "2011 - 2015", 1],
  ],
  // "### CDTO @ [Kestrel Freight](…), parte de Grupo Norte" (no title known: read as a company, with its dates) then, at its
  // depth, "### Platform Lead @ Loomwise" and its own dates on the line below: the company's dates are not that role's.
  "253-company-heading-then-role-heading-own-dates.md": [
    ["", "CDTO @ Kestrel Freight , parte de Grupo Norte", "Mar 2020 - Dic 2023", 1],
    ["Platform Lead", "Loomwise", "2016 - 2020", 1],
    ["Backend Developer", "Orlima", "2012 - 2016", 1],
  ],
  // A Portuguese CV's "*Out/2017 - atual.*" (a month's abbreviation, a slash, the year; closed by a period) and a Spanish "*Ene 2012 – Dic
  // 2015*" (enero, diciembre) are the role's dates, no item.
  "254-slashed-month-dates-period.md": [
    ["Técnica de aplicação", "Ribeira Ventilação Industrial", "Out/2017 - atual", 2],
    ["Analista de Sistemas", "Kestrel Viajes", "Ene 2012 – Dic 2015", 1],
  ],
  // "### Ribeira Ventilação Industrial" then "**Ferramenteira**" (toolmaker) alone and "*Mar/2015 - atual.*": right under a company
  // heading, a short line wholly in bold over its dates is the title held there, whatever its words, a place on its own line
  // after the dates ("*Cajamar, Vila Nova - SP - Brasil*") no item; "**Responsabilidades principais**" (main duties) in that
  // place is a label, no title.
  "255-company-heading-bold-trade-dates.md": [
    ["Ferramenteira", "Ribeira Ventilação Industrial", "Mar/2015 - atual", 2],
    ["Soldador de manutenção", "Oficina Vale Sereno", "Fev/2010 - Jan/2015", 1],
  ],
  // A role's page (front matter "company", "title", dates), then "_Patient team leader who grows small platform groups and
  // steady release trains for apps_": a headline in emphasis of more than ten words, no separator, is no role; the items are
  // the front matter role's.
  "256-front-matter-role-emphasis-headline.md": [["Engineering Manager", "Kestrel Freight", "Mar 2020 – Jan 2024", 3]],
  // A French CV's "## Diplômes" (degrees) is its education: "- **2015**: Ingénieur en génie logiciel, École Nordtal" there is a
  // degree, no role.
  "257-french-diplomes-section.md": [
    ["Développeuse", "Kestrel Fret", "mars 2019 - aujourd'hui", 1],
    ["Ingénieure logiciel", "Orlima Édition", "2015 - 2019", 1],
  ],
  // Headings written with no space after their hashes and not closed ("##Experience", "###Platform Engineer, Kestrel Freight (2020 -
  // 2024)"), alone or one under another with no blank line between ("##Earlier roles" over "###2016/4 - 2020/3 Backend Developer -
  // Loomwise"): headings to their writer, read so; "##Skills" closes the experience.
  "258-open-hash-headings.md": [
    ["Platform Engineer", "Kestrel Freight", "2020 - 2024", 2],
    ["Backend Developer", "Loomwise", "2016/4 - 2020/3", 1],
  ],
  // Under "### Head of Platform @ Kestrel Freight", items "- **Platform Lead** (Jun 2021 – Jan 2023) → Led the move to …": titles
  // held there in turn, a role each at that employer, the item its achievement; the item with the heading's own title is that
  // role's; "- **Kafka migration** (2018) → cut …" names no title, an item.
  "259-bold-title-dates-arrow-items.md": [
    ["Head of Platform", "Kestrel Freight", "Mar 2019 – Present", 4],
    ["Platform Lead", "Kestrel Freight", "Jun 2021 – Jan 2023", 1],
    ["Senior Engineer", "Kestrel Freight", "Mar 2019 – Jun 2021", 1],
    ["Backend Developer", "Loomwise", "2015 - 2019", 2],
  ],
  // A Wowchemy experience widget: each "experience:" entry with its "company:" and "date_start:" is a job, its "title:" a title
  // whatever its words ("Plant Systems Steward"); an "accomplishments:" entry (a course at an "organization:") is none.
  "260-front-matter-experience-any-title.md": [
    ["Platform Lead", "Kestrel Freight", "2020-03-01 – present", 1],
    ["Plant Systems Steward", "Loomwise Textiles", "2016-01-01 – 2020-02-28", 1],
  ],
  // Titles a résumé names that no list knew: "Chargée de communication" (communication officer), "Auto-entrepreneur" (self-employed,
  // France), "Webmaster".
  "261-french-webmaster-self-employed-titles.md": [
    ["Chargée de communication", "Kestrel Fret", "mars 2019 - aujourd'hui", 1],
    ["Auto-entrepreneur", "", "2016 - 2019", 1],
    ["Webmaster", "Orlima Édition", "2012 – 2016", 1],
  ],
  // A German CV: under the school's heading, "**Wissenschaftliche Mitarbeiterin / Doktorandin**", then "*Lehrstuhl für Software
  // Engineering*" (the chair worked at) and the dates: the chair is where, no second title; the items are the title's.
  "264-chair-line-under-title.md": [
    ["Data Engineer", "Loomwise GmbH, Leipzig", "03/2017 – heute", 1],
    ["Wissenschaftliche Mitarbeiterin / Doktorandin", "Hochschule Nordtal", "10/2011 – 02/2017", 2],
  ],
  // "## Master Student at [Nordtal University](…)" among "## Title at Employer" headings: a degree studied, no job (its courses no
  // item); "## Student assistant at Kestrel Freight" is a job.
  "265-master-student-heading.md": [
    ["Tech Lead", "Loomwise A/S", "March 2016 – Present", 1],
    ["Student assistant", "Kestrel Freight", "2012 – 2014", 1],
  ],
  // "## Brightwater Labs", "2021 - present" on the next line, then a list, and "## Corvid Systems" the same way, under no Experience
  // heading: a job at each employer, no title named; "## Skills" stays a section.
  "270-employer-heading-dates-line.md": [
    ["", "Brightwater Labs", "2021 - present", 2],
    ["", "Corvid Systems", "2018 - 2021", 1],
  ],
  // A Chinese CV: "* 2020/4-至今 Employer  **Title**" (the title in bold, not italics), the role's prose on the lines below in the same
  // item; the employer may be a link with a kramdown attribute list.
  "273-dated-employer-bold-title-item.md": [
    ["技术经理", "青岚数据科技有限公司", "2020/4-至今", 2],
    ["高级Java工程师", "北辰软件有限公司", "2017/6-2020/3", 1],
  ],
  // A German CV: "## Berufstätigkeiten" (professional activities) names the experience, so under the dated company heading
  // "### 02/2010 bis 05/2018 - Nordwerk Telekom GmbH in Kassel" each bold "**dates Title**" line over a long sentence is a role there.
  "274-berufstaetigkeiten-bold-dated-titles.md": [
    ["Senior Consultant", "Loomwise GmbH", "05/2018 bis 12/2020", 1],
    ["IT Application Manager", "Nordwerk Telekom GmbH in Kassel", "04/2015 - 05/2018", 1],
    ["IT System Analyst", "Nordwerk Telekom GmbH in Kassel", "02/2010 - 03/2015", 1],
  ],
  // A Portuguese CV whose jobs are top-level items "Title - Employer - place - dates." with nested duties: the period
  // closing the dates ends no sentence, so each item is a role (one with an en dash too).
  "275-dashed-item-dates-period.md": [
    ["Gerente de Operações", "Vidrotec Sistemas", "Março 2019 - Atualmente", 2],
    ["Analista de Redes", "Vidrotec S.A.", "Junho 2017 - Fevereiro 2019", 2],
    ["Professora", "Faculdade Lagoa Azul", "Maio/2014 – Outubro/2016", 1],
  ],
  // "## TL;DR ([EN](/cv) | PL)" is the summary, no role named "TL;DR" at "PL"; "## Conhecimentos em Informática:"
  // (knowledge of computing) is the skills, no role.
  "276-summary-tldr-heading.md": [["Team Lead", "Brindlewood Labs", "2020 – Present", 2]],
  // A Korean site fragment: under each "## Company" heading, a block quote of labelled fields ("재직 기간", period; "고용 형태",
  // terms; "팀/직책", team/post, or "직급", rank; "역할", duties), the achievements in another file: a role each, its title the
  // post's value ("플랫폼팀 / 팀장": the part under "직책"), its dates the period's; the same in English ("Team/Title").
  "277-quoted-labelled-fields.md": [
    ["팀장", "주식회사 푸른물결", "2019.04.01 ~ 2023.08.31", 0],
    ["과장", "한빛소프트웨어", "2015.03.02 ~ 2019.03.15", 0],
    ["Senior Engineer", "Fabrikam Data", "2012.01.02 ~ 2015.02.27", 0],
  ],
  // Under a dated company heading, dated headings of its units ("### 基盤開発部", a department; "#### 企画室", an office; under a
  // posting "### 株式会社ミナト東京<出向>"; "### Payments Team") and no title: a job each at that company, with no title.
  "278-company-unit-headings.md": [
    ["", "株式会社ハルカゼ", "2017/04/01 ~ 2020/03/31", 3],
    ["", "株式会社ハルカゼ", "2020/04/01 ~ 現在", 1],
    ["", "有限会社ミナト", "2012/04/01 ~ 2014/03/31", 1],
    ["", "有限会社ミナト", "2014/04/01 ~ 2017/03/31", 1],
    ["", "Harbor Lights", "2008 – 2010", 1],
    ["", "Harbor Lights", "2010 – 2012", 1],
  ],
  // An Astro job entry: "titleLong:" the title (before "titleShort:") beside "company:"; the items an HTML "<ul>" inside a
  // "<p>", each "<li>" one item and the "<p>" no item of its own.
  "279-front-matter-title-long-html-items.md": [["Head of Platform Engineering", "Quillfern Analytics", "", 3]],
  // A Chinese CV: under a dated company heading with no title, "* dates project" items, each followed by a block quote that
  // tells what was done: the quote's paragraph is an item of that job too; a quote of tools after an undated item is not.
  "280-dated-item-quote-description.md": [["", "青岚芯片技术有限公司", "2014.9 - 至今", 5]],
  // Beside items read as roles by their dashed parts, items of that shape holding a list of their own are roles whatever their
  // title's words ("NOC I (Network Operations Center)") or length (four parts and the dates); a dated item with no list of its
  // own (a talk) stays an item.
  "282-dashed-item-shape-siblings.md": [
    ["Analista de Redes", "Vidrotec S.A.", "Junho 2017 - Fevereiro 2019", 2],
    ["NOC I (Network Operations Center)", "Lumiar Fibra", "Março 2016 - Maio 2017", 2],
    ["Coordenador de Infraestrutura", "Secretaria de Tecnologia da Informação", "Janeiro 2014 - Fevereiro 2016", 1],
    ["Professor", "Faculdade Lagoa Azul", "Maio/2012 – Outubro/2013", 2],
  ],
  // A brag document: its issues done, one a line, are items, no roles (the items: the test below).
  "283-ticket-lines-brag.md": [],
  // The labelled fields of 277 as a paragraph right under each company heading: one role each, its title the title field's
  // ("Team/Title: Platform Team / Engineering Manager": the part under "Title"); "Duties: project management, …" is no role.
  "284-labelled-fields-paragraph.md": [
    ["Engineering Manager", "Fabrikam Data", "2019.04.01 ~ 2023.08.31", 1],
    ["Senior Engineer", "Harbor Lights", "2015.03.02 ~ 2019.03.15", 1],
  ],
  // A Russian CV: "### **Ведущий инженер …** в [ООО "Фабрикам"](…)": a bold title, "в" (at), the employer; the same title on each job.
  // Items under "Повышение квалификации, курсы" (further training, courses) and "Тесты, экзамены" (tests, exams) are no roles.
  "290-russian-bold-title-v-employer.md": [
    ["Ведущий инженер по базам данных и интеграциям", "ООО \"Фабрикам\"", "Март 2020 - Июнь 2023", 2],
    ["Ведущий инженер по базам данных и интеграциям", "ООО \"Контосо\"", "Август 2016 - Февраль 2020", 1],
  ],
  // "- 2016-2021: **storage & backup senior engineer**, [Contoso Labs](…)": the years, a colon, a bold title (in lower case too), its
  // employer after a comma or "in"; the paragraph indented under it in the item is its achievement.
  "291-dated-items-bold-lowercase-title.md": [
    ["Platform Engineer", "Fabrikam", "2021-now", 1],
    ["storage & backup senior engineer", "Contoso Labs", "2016-2021", 1],
    ["network administrator", "Northwind Traders spa", "2012-2016", 1],
    ["linux system engineer", "Tailspin", "2010-2012", 0],
  ],
  // An academicpages experience page: the role in front matter ("title:", "company:"), then "## Overview" and "## Key Responsibilities &
  // Achievements" lists: a résumé's part (no promo packet for its headings), those lists the role's items (the intro paragraph one too;
  // the label-only "**Team Growth:**" parent is an item, no achievement); the skills list none.
  "292-front-matter-role-overview-sections.md": [["Staff Engineer / Platform Lead", "Brightwater Freight", "March 2021 – Current", 5]],
  // A German CV: under "# Berufserfahrung" (work experience), "## März 2019 bis Juni 2023: [Nordwind Apps][nw] in Berlin",
  // "… von Hamburg aus" (from Hamburg): a dated employer heading with its town, no title, the job told in paragraphs (each an item;
  // "Außerdem betreute ich zwei Praktikanten …", with "ich", is no title line).
  "293-dated-employer-heading-town-prose.md": [
    ["", "Nordwind Apps", "März 2019 bis Juni 2023", 2],
    ["", "Kestrel Medical", "Oktober 2016 bis Februar 2019", 2],
  ],
  // "### IT-Berater @ Kestrel Consulting" over "#### DevOps Engineer bei einem Maschinenbauer" (at a machine builder: a client named by
  // no name): the engagements of that role, its parts; the heading above is the role, no company.
  "294-role-heading-over-unnamed-client-headings.md": [
    ["IT-Berater", "Kestrel Consulting", "Seit April 2019", 3],
    ["Entwickler", "Loomwise", "2015 - 2019", 1],
  ],
  // An essay résumé: under "## Fabrikam Freight - Denver, CO (Remote)", "**From 2021 - 2024,** I worked as a **Staff Platform Engineer** at …":
  // the years in bold, then in the first sentence "as a" and the bold title: a role there on that line, the paragraph its first item and
  // the paragraphs after it its others; "**In 2016**, I decided to **build my own tooling** …" names no title.
  "295-dated-first-person-bold-title-paragraphs.md": [
    ["Staff Platform Engineer", "Fabrikam Freight", "From 2021 - 2024", 2],
    ["Data Engineer", "Loomwise", "From 2017 - 2021", 2],
  ],
  // A Russian CV: "### Кестрел | B2B SaaS | Логистика", its dates alone in bold, then "### Обязанности" (duties) at the company heading's
  // depth over the items: one job with no title there, those items its own (the heading is no next company).
  "297-dated-company-duties-heading.md": [["", "Кестрел | B2B SaaS | Логистика", "Март 2022 – настоящее время", 2]],
  // A Hugo role page: "title:"/"jobTitle:" "CTO / Directrice technique" in front matter, then "## CTO - Directrice technique" over the text:
  // the title said again, the front matter's role's heading, no second role; the paragraph, the label and the items are that role's.
  "298-front-matter-role-title-heading.md": [["CTO / Directrice technique", "Loomwise", "2022-Aujourd'hui", 4]],
  // A brag portfolio: "## Software engineering at Kestrel Labs" (a field, where, no dates) heads accomplishments done there: no role.
  "299-brag-field-at-employer-headings.md": [],
  // A CV's leadership section told in the first person: "In May 2020, I was appointed Deputy Head of the Data Services Group, …", "From
  // March 2016 to May 2020, I was appointed Platform Lead for …", "The consortium appointed me coordinator of … in 2012.": a role each (the
  // title up to the comma, the period or "in the"), the paragraph its item; under a role read otherwise ("### Staff Engineer (2021 –
  // present)"), "In January 2023, I was appointed the lead for the billing rewrite, …" is that role's item.
  // A German CV: "## Berufliche Laufbahn" (professional career) names the experience section, so its "### Februar 2023 – Juni 2023" headings
  // over "**Teamleiter Montage** | Falkenberg Werke AG, Obertal" lines are roles (before, the section was none and nothing was read).
  "305-berufliche-laufbahn-section.md": [
    ["Teamleiter Montage", "Falkenberg Werke AG", "Februar 2023 – Juni 2023", 2],
    ["Konstruktionsleiter", "Hirschmatt GmbH", "Juli 2020 – Januar 2023", 2],
  ],
  // "**Mitarbeiter Einkauf** | Lindholm Technik AG, Seefeld": "Mitarbeiter", "Mitarbeiterin" (German: staff member) before the
  // function is the title's word, as "Teamleiter" is (before, the line named no title and no role was read).
  "306-mitarbeiter-function-title.md": [
    ["Mitarbeiter Einkauf", "Lindholm Technik AG", "März 2021 – Mai 2023", 2],
    ["Mitarbeiterin Qualitätssicherung", "Brunnacker GmbH", "Januar 2019 – Februar 2021", 1],
  ],
  // A German CV's "- **Redaktor**: [Talblatt Verlag][4], Juni 2010 – Februar 2012, Brig" items: "Texter", "Konzepter", "Redaktor",
  // "Redakteur" (copywriter, concept writer, editor) are title words, and "-lehrer" (teacher) ends a compound title ("Englischlehrer").
  "307-german-writer-teacher-titles.md": [
    ["Texter und Konzepter", "Wolkenfeld Medien", "Mai 2014 – Juni 2016", 0],
    ["Freelance-Texter", "Satzbau AG", "Januar 2013 – April 2014", 0],
    ["Englischlehrer", "Sprachhaus Nordlicht", "März 2012 – Dezember 2012", 0],
    ["Redaktor", "Talblatt Verlag", "Juni 2010 – Februar 2012", 0],
  ],
  // An Italian CV: "### Project Manager · Rovetta Srl" over "*Energia, Project Management, AI · Mar 2018 – Dic 2019*": the line in
  // emphasis gives the heading's role its field and dates, no other role; "Gen 2020" (Italian January, abbreviated) is a month.
  "308-emphasis-field-dates-line.md": [
    ["Data Analyst", "Verdalia Srl", "Gen 2020 – Feb 2022", 1],
    ["Project Manager", "Rovetta Srl", "Mar 2018 – Dic 2019", 1],
  ],
  "301-appointed-title-paragraphs.md": [
    ["Deputy Head of the Data Services Group", "Northfield Data Institute", "May 2020", 1],
    ["Platform Lead for Archive Systems", "Northfield Data Institute", "From March 2016 to May 2020", 1],
    ["coordinator of the Transfer Operations Project", "Grid Consortium", "2012", 1],
    ["Staff Engineer", "Kestrel Labs", "2021 – present", 1],
  ],
  "225-month-dash-month-year-range.md": [
    ["Group Lead", "Contoso", "2009 - 2011", 1],
    ["QA Intern", "Fabrikam", "June - August 2007", 1],
  ],
  // A French CV: "- Vertavia (R&D) - Logistique - Lyon, France" (an employer, a note, its field and town), then nested items each a title and
  // its dates ("* **Ingénieur Logiciel** - De January,2017 à March,2021"): a role each at that employer, two held there in turn.
  "226-employer-item-over-title-items.md": [
    ["Architecte Logiciel / Tech Lead", "Vertavia", "Depuis March,2021", 2],
    ["Ingénieur Logiciel", "Orlima", "January,2017 à March,2021", 1],
    ["Développeur, Stagiaire", "Orlima", "April,2017 à August,2017", 1],
  ],
  // "- **Platform Lead**, Brightwater Freight (2020 – 2024)" over items indented eight spaces: Markdown reads them as code; they are the role's.
  "227-items-indented-as-code-under-role-item.md": [
    ["Platform Lead", "Brightwater Freight", "2020 – 2024", 2],
    ["Backend Engineer", "Lindqvist Mobility", "2016 – 2020", 1],
  ],
  // A brag page's jobs as "## fulltime: kestrel freight", "## part-time: loomwise": a kind of employment, a colon, the employer; no title.
  "228-employment-type-company-headings.md": [
    ["", "kestrel freight", "", 2],
    ["", "loomwise", "", 1],
    ["", "Harbor Lights", "2018 – 2019", 1],
  ],
  // A Russian CV: "_2019 - настоящее время_" (to the present) over "**Кестрел Логистик**", its link, then what the job was and items; no
  // title anywhere: a role with no title at that employer, on the name's line; the school's lines under "Образование" (education) are none.
  "229-dated-bold-employer-lines.md": [
    ["", "Кестрел Логистик", "2019 - настоящее время", 3],
    ["", "Loomwise", "2016 - 2018", 1],
  ],
  // Each job a two-column table: "| Kestrel Fret | Responsable Technique |" (employer, title) over "| *Depuis 2021* | *Lyon, Vaise* |" (since, place).
  "230-two-row-table-role-cards.md": [
    ["Responsable Technique", "Kestrel Fret", "Depuis 2021", 0],
    ["Ingénieur Logiciel", "Orlima Édition", "2015 à 2021", 0],
  ],
  // "### Earlier Career" over "- **Halden Systems** (2013–2019) — Built …": an employer in bold, its years in brackets, a dash and
  // what was done there: a role with no title each, the item its achievement (two names joined by "/" are one employer's).
  "231-employer-led-items-bracketed-years.md": [
    ["Engineering Manager", "Brightwater Freight", "2019 – Present", 1],
    ["", "Halden Systems", "2013–2019", 1],
    ["", "Lumen Labs", "2011–2013", 1],
    ["", "Tallow / Quill", "2009–2011", 1],
  ],
  // "### 株式会社ハルカゼ (2022 年 4 月 〜 現在)": a year and month written with spaces around 年 (year) and 月 (month) are dates
  // (roleline.ts); the dated company heading with no title under it is a role with no title.
  "232-japanese-spaced-year-month.md": [
    ["", "株式会社ハルカゼ", "2022 年 4 月 〜 現在", 2],
    ["", "株式会社ミナトデータ", "2018 年 10 月 〜 2022 年 3 月", 1],
  ],
  "221-turkish-capital-titles.md": [
    ["KIDEMLİ YAZILIM MÜHENDİSİ", "Örnek Teknoloji", "2019–2023", 2],
    ["YAZILIM MÜHENDİSİ", "Deneme Yazılım", "2016–2019", 1],
  ],
  "211-turkish-dotted-capital-section.md": [
    ["Kıdemli Yazılım Mühendisi", "Lale Bilişim", "2021 – 2024", 2],
    ["Yazılım Geliştirici", "Çınar Teknoloji", "2018 – 2021", 1],
  ],
  // A Portuguese CV, a bold employer's line then the title in italics: "*Soldado / Sargento*" (soldier, sergeant) under the army's
  // line is a role as "*Analista de Sistemas*" is.
  "212-military-rank-titles.md": [
    ["Analista de Sistemas", "", "", 2],
    ["Soldado / Sargento", "", "", 1],
  ],
  // A Portuguese CV: "### Employer", then list items "- Coordenadora de Tecnologia, de 01/03/2022 - Atualmente." (title, "de" (from)
  // and the dates, closed by a period), each with one nested item of what was done: titles held in turn there, "de" no employer.
  "213-title-item-dates-period.md": [
    ["Coordenadora de Tecnologia", "Cooperativa Vale Sereno", "01/03/2022 - Atualmente", 1],
    ["Analista Sênior", "Cooperativa Vale Sereno", "01/05/2019 - 01/03/2022", 1],
    ["Estagiária", "Padaria Trigo Dourado", "10/02/2017 a 30/04/2019", 1],
  ],
  // A CV page with no section heading, its roles as Markdown paragraphs of "<br>" lines: "<strong>Title</strong><br>", the
  // employer (a reference link's text) and "<i>dates</i>" ("desde maio de 2020", from May 2020); a bold name over a sentence is none.
  "214-strong-title-card-paragraph.md": [
    ["Tradutora técnica (EN ⇋ PT)", "Autônoma", "2020", 0],
    ["Professora de espanhol (substituta)", "Escola Técnica Vale Verde", "2017", 0],
  ],
  // A German CV: "### **05/2019 – heute Leiter IT** / Employer (owner), Town": the bold part holds the dates and the title
  // (whatever its words: "Anwendungsbetreuung, Kundenservice"), the employer after the slash ("… Management AG" a company by
  // its legal form); a title after the slash ("/ Teamleiter Backend") is a second title, as before.
  "215-bold-dates-title-slash-employer.md": [
    ["Leiter IT", "Brunnhof Optik", "05/2019 – heute", 1],
    ["Anwendungsbetreuung, Kundenservice", "Nordlicht Daten Management AG", "09/2016 – 04/2019", 1],
    ["Entwickler / Teamleiter Backend", "", "2014 – 2016", 1],
  ],
  // "### 2020–2024 — Principal Engineer / Architect" then "*Employer AB*, *Fleet Software*, Gothenburg, Sweden": under a dated
  // title heading, a line opening with a name in emphasis, then a department and a place after commas, is the employer, no item.
  "216-dated-title-heading-emphasis-employer-line.md": [
    ["Principal Engineer / Architect", "Lindqvist Maritime AB", "2020–2024", 1],
    ["Software Engineer", "Oakridge Logistics GmbH", "2016–2020", 1],
  ],
  // A German CV: under a role's heading, "##### Aufgaben" (tasks) and "##### Erfolge" (achievements), each over a fence with
  // one item a line, however short ("Datensicherung"); "s.o." (see above) is none; a fence under another heading stays code.
  "217-fenced-tasks-under-role-heading.md": [
    ["Systemadministratorin", "Möwenstein Logistik GmbH", "2018 – 2023", 4],
    ["Supportmitarbeiterin", "Deichblick Software AG", "2015 – 2018", 0],
  ],
  // An Astro collection's job entry, all front matter: "title" the role, "entity" the employer (beside "startDate"), the
  // "achievements" list its items; the "description" and the "techStack" list are none.
  "218-front-matter-entity-achievements.md": [["Desarrolladora Frontend", "Cardumen Digital", "2021-03-01 – 2023-06-30", 2]],
  // "### Freelancer – Sem contrato" (no dates) right over "- Técnico em Informática, de 03/2014 a 11/2016.", a list item of a
  // title and its dates: the heading names where the job was held, no role of its own.
  "219-undated-heading-over-dated-title-item.md": [["Técnico em Informática", "Freelancer – Sem contrato", "03/2014 a 11/2016", 1]],
  // Portuguese titles of a reviser ("Revisora de Textos") and an educator ("Educador de Ciências") in bold over the employer and the
  // dates: title words (model.json), as "Tradutora" and "Professora" are.
  "220-reviewer-educator-titles.md": [
    ["Revisora de Textos", "", "2019 – 2023", 1],
    ["Educador de Ciências", "", "2015 – 2019", 1],
  ],
  "202-role-heading-achievements-label-page.md": [
    ["Data Engineer", "Fernbrook Analytics", "March 2021 – May 2024", 3],
    ["Shop Assistant", "Quarry Lane Books", "June 2018 – February 2021", 1],
  ],
  // "* 个人职责: 设计订单服务的分库方案,支撑日均三百万订单, 负责新人指导": a label, then Chinese clauses parted by ASCII commas (runs of
  // seven characters and more): what was done, an achievement; "* 主要技术: Go, MySQL, Kafka" names tools, "* 带队人数: 5人" a fact.
  "204-chinese-label-comma-clauses-item.md": [["后端工程师", "青禾科技有限公司", "2019.03~2023.06", 3]],
  // A paragraph wholly in bold, "Title - Employer" (a section's word at the employer's end), dates in the next paragraph;
  // the skills heading after the last job closes it.
  // French teaching titles ("Enseignante dans le secondaire", "Formatrice en bureautique") in "dates : title" headings.
  "167-french-teacher-title.md": [
    ["Ingénieure logiciel", "", "Mars 2012 — Mai 2021", 1],
    ["Enseignante dans le secondaire", "", "Septembre 2004 — Août 2012", 0],
    ["Formatrice en bureautique", "", "Janvier 2003 — Juin 2004", 0],
  ],
  // Under a dated company heading, "#### Leading Fennick Video Analytics <time>…</time>": the team or product led, every
  // word after "Leading" a name's, is the title; under "## Talks" the same words are no role.
  "166-leading-named-team-heading.md": [
    ["Leading Fennick Video Analytics", "Fennick Media", "Jan 2021 - present", 1],
    ["Frontend developer in Video Player", "Fennick Media", "Feb 2015 - Jan 2021", 1],
  ],
  // A dated company heading whose name has a capital inside its first word ("eQuillo") is a company, as "Marlowby" is.
  "165-dated-company-heading-camel-name.md": [
    ["", "Marlowby", "Mar 2, 2017 — Jan 10, 2020", 1],
    ["", "eQuillo", "Oct 4, 2014 - Feb 1, 2017", 1],
  ],
  // A front-matter list item whose company is a title alone ("Freelancer"), no title's key: that title's role, no employer.
  "164-front-matter-company-title-alone.md": [
    ["Senior Software Engineer", "Harrowgate Insurance", "March 2021 – Present", 1],
    ["Freelancer", "", "June 2019 – Present", 1],
    ["Software Engineer", "Quillon Media", "May 2016 – February 2021", 0],
  ],
  // "Leading software engineer" (Russian "ведущий"): "leading" an adjective of the title, as "lead" is, no verb.
  "163-leading-engineer-title.md": [
    ["Leading software engineer", "Lindenquay Systems", "March 2020 - Present", 2],
    ["Software engineer", "Northmere Data", "2016 - 2020", 1],
  ],
  // The employer in bold with its place after a comma (a stray "*" aside), then "dates, title." (a period closing it).
  "162-bold-employer-place-dates-title.md": [
    ["Senior backend engineer", "Brambleway Freight", "May 2021 - June 2024", 2],
    ["Backend engineer", "Oxhollow Labs", "January 2018 - May 2021", 1],
  ],
  // A title alone in its paragraph, then the employer and the dates each a one-line paragraph of their own.
  "161-title-employer-dates-paragraphs.md": [
    ["Lead Backend Developer", "Fernhollow Systems", "2020 - Présent", 2],
    ["Web Developer", "Quillmoor Agency", "2016 - 2020", 1],
  ],
  // The career table's roles, then a heading per employer ("### 株式会社ハナミズキ") over what was done there (a project's
  // table, bullets): each heading holds its employer's role's items.
  "160-company-heading-after-career-table.md": [
    ["QAエンジニア", "株式会社ハナミズキ", "2022/04 - 現在", 2],
    ["営業", "山吹商事株式会社", "2019/04 - 2022/03", 1],
  ],
  // A career table whose header names the employer, the period (時期) and the role: every row a role, "営業" (sales) too.
  "159-career-table-period-any-title.md": [
    ["QAエンジニア", "株式会社ハナミズキ", "2022/04 - 現在", 0],
    ["営業", "山吹商事株式会社", "2019/04 - 2022/03", 0],
  ],
  // A title's words on a paragraph's first line, a sentence wrapped there ("… в мобильные приложения" / "компании. Задача …"): prose, no role.
  "158-title-line-wrapped-sentence.md": [
    ["Ведущий разработчик", "Тихий Берег", "", 1],
    ["Программист", "Серая Цапля", "", 1],
  ],
  "157-tools-line-over-intro.md": [
    ["Staff Engineer", "Gorsefield Analytics", "2019 - Present", 3],
    ["Developer", "Pebblecombe Travel", "2014 - 2019", 2],
  ],
  // "## Tools and Languages" among the role headings under "# Experience": a skills section, its "DevOps: AWS, …" no role;
  // "## Web Developer at Quillon Technologies" (an employer's name ending in a section's word) a role.
  "156-skills-heading-among-roles.md": [
    ["Staff Engineer", "Larchwood Pay", "March 2020 - Present", 1],
    ["Software Engineer", "Ferncastle Bank", "June 2016 - March 2020", 1],
    ["Web Developer", "Quillon Technologies", "May 2013 - June 2016", 1],
  ],
  "155-russian-tools-subheadings.md": [
    ["Ведущий программист", "ООО \"Клён и Ко\"", "2018-2023", 3],
    ["Программист", "Бюро \"Тихая Гавань\"", "2014-2018", 2],
  ],
  "154-indented-title-under-company.md": [
    ["ведущий программист, отдел учёта", "ООО \"Ольховый Двор\", Казань", "04.2016-наст.время", 2],
    ["Инженер 2 категории", "Бюро \"Синий Кит\", Казань", "09.2012-03.2016", 1],
  ],
  // Under a company heading, a quote of a bold title, its dates (an ellipsis leaves the range open) and tools: a role; several, the titles held there.
  "153-quoted-title-dates-under-company.md": [
    ["Ведущий разработчик C++", "Сосновый Бор Софт", "03.2021 - ...", 3],
    ["Руководитель команды C++ разработчиков", "Северный Маршрут", "2017 - 2021", 1],
    ["Разработчик C++", "Северный Маршрут", "2014 - 2017", 1],
  ],
  "152-html-bold-paragraph-roles.md": [
    ["Director of Engineering", "Fallowmere Energy", "March 2020 - June 2025", 2],
    ["Engineering Manager", "Brightwell Contact", "May 2015 - February 2020", 1],
  ],
  "151-html-company-heading-role-class.md": [
    ["Staff Software Engineer", "Thistledown Freight", "Mar 2021 – Present", 2],
    ["Software Developer", "Marrowgate Books", "Jan 2016 – Feb 2021", 1],
  ],
  "150-h1-role-headings.md": [
    ["Staff Platform Engineer", "Brackenfold Labs", "2020 - Present", 3],
    ["Backend Developer", "Yarrowby Foods", "2016 - 2020", 2],
  ],
  "122-japanese-skill-set-section.md": [["バックエンドエンジニア", "株式会社ミナト技研", "2019 - 2024", 1]],
  "121-employer-headings-first-person.md": [
    ["senior developer", "Fernhill Bakeries", "", 2],
    ["", "Orchard Lane Media", "", 1],
  ],
  // A daily log (headings a weekday and its date): a brag document, no roles; its items are read in the test below.
  "120-daily-log-weekday-headings.md": [],
  "119-stay-length-residence-titles.md": [
    ["Senior Frontend Engineer", "Copperline Studio", "Jan 2019 - Present", 1],
    ["Backend Engineer on Contract", "Quillfeather", "2018", 1],
    ["Engineer in Residence", "Lanternworks Academy", "2017", 1],
  ],
  "118-cjk-summary-table.md": [
    ["エンジニアリングマネージャー", "株式会社ミドリ物流", "2021年4月〜現在", 0],
    ["バックエンドエンジニア", "青空システム株式会社", "2017年10月〜2021年3月", 0],
  ],
  "117-quoted-role-blocks.md": [
    ["Staff Platform Engineer", "Larkspur Freight", "2022 - Present", 2],
    ["Site Reliability Engineer", "Tamsin Health", "2018 - 2022", 3],
  ],
  "116-employer-line-positions-held.md": [
    ["Engineering Manager", "Brindlewood", "Jun 2021 → Jan 2024", 6],
    ["Software Engineer", "Brindlewood", "Mar 2018 → May 2021", 1],
    ["", "Kestrel Print", "2014 → 2018", 1],
  ],
  "115-bold-title-description-line.md": [
    ["Staff Engineer", "Hollowbrook", "March 2021 - Present", 2],
    ["Senior Engineer", "Tindall Maps", "2016 - 2021", 1],
    ["Developer", "Orchard Data", "2012 - 2016", 1],
  ],
  "111-entity-arrow-dates.md": [
    ["Engineering Manager", "Payments", "Oct 2021 → May 2024", 1],
    ["Senior Engineer", "Payments", "Jan 2019 → Sept 2021", 1],
    ["Staff Engineer", "Brackenridge Labs", "March 2016 – Dec 2018", 1],
  ],
  "110-labelled-items-stacked-titles.md": [
    ["Backend Developer", "Quillfeather", "2015 → Present", 1],
    ["Team Lead", "Quillfeather", "2015 → Present", 1],
    ["Head of Engineering", "Quillfeather", "2015 → Present", 4],
  ],
  "109-role-field-comma-titles.md": [
    ["Lab Assistant", "Fenwick College", "2012 → 2015", 0],
    ["Guest Lecturer", "Fenwick College", "2012 → 2015", 3],
    ["Engineering Manager, Platform", "Orrin Systems", "2015 → 2020", 2],
  ],
  // A promo packet's value labels: no roles; its bullets are read in the test below.
  "108-promo-bold-glyph-labels.md": [],
  "107-field-heading-groups.md": [
    ["Controls Engineer", "Pellham Robotics", "2019 - Present", 1],
    ["Shop Assistant", "Cardoso Books", "2014 - 2016", 0],
    ["Shift Supervisor", "Northgate Depot", "2016 - 2019", 0],
  ],
  "106-title-paragraph-employer-dates.md": [
    ["Head of Platform | Acting CTO", "Larchmont Health", "March 2022 - Present", 2],
    ["Engineering Director (Payments)", "Silverline Bank", "Jan 2017 – Feb 2022", 2],
  ],
  "105-title-heading-wrapped-sentence.md": [
    ["Senior Frontend Engineer", "Pinecrest Rentals", "April 2018 - June 2021", 1],
    ["UI Developer", "Calloway Media", "May 2014 - March 2018", 1],
  ],
  "104-list-items-same-shape.md": [
    ["Gameplay Programmer", "Brightwater Games", "2016 - Present", 2],
    ["Dishwasher", "Harbour Grill", "June 2009 – August 2010", 0],
    ["Barista, Shift Supervisor", "Copper Kettle", "May 2007 – May 2009", 0],
    ["Baker", "Elm Street Bakery", "April - September 2006", 1],
    ["Stock Clerk", "Wierzbicki Hardware", "2003 – 2006", 0],
  ],
  "103-fenced-employer-dates-items.md": [
    ["", "Pellucid Freight", "2023–present", 2],
    ["", "Quokka Works", "2019–2023", 2],
    ["", "Own clients", "2016–2019", 1],
  ],
  "100-vue-slot-components.md": [
    ["Staff Frontend Engineer", "Lanternfish Labs", "June 2021 - Present", 2],
    ["Web Developer", "Marrowbone Studio", "March 2017 – May 2021", 1],
  ],
  "14-front-matter-role.md": [["Senior Staff Engineer", "Larkspur Insurance", "2022-03-01 – present", 2]],
  "15-company-heading-plain-title.md": [
    ["Director of Information Security", "Copperline", "2021 November - present", 2],
    ["R&D Engineering Manager", "Tessellate Systems", "2016 - 2021", 1],
  ],
  "16-dates-subheading.md": [
    ["Staff Developer, Systems Officer", "Marlow Motors, LLC.", "April 2022 &ndash; Present", 3],
    ["Managing Software Engineer", "Fenwick Data", "June 2017 &ndash; March 2022", 1],
  ],
  "17-company-headings-no-section.md": [
    ["Founding Engineer", "Brightwater", "Jan 2024 -- Present", 1],
    ["Chief Engineer", "Kestrel Insurance", "Jul 2022 -- Nov 2023", 1],
  ],
  "18-company-plain-lines.md": [
    ["Digital Services Expert", "Lakeside Digital", "2023 to 2025", 1],
    ["Staff Software Engineer", "Orbit Freight", "2019 to 2023", 0],
    ["Senior Software Engineer", "Orbit Freight", "2019 to 2023", 1],
  ],
  "20-list-item-employer-then-title.md": [
    ["Founder", "Fenlow Cloud", "2013–present", 1],
    ["Lead software engineer", "Tarn Systems", "2010–2012", 0],
    ["Systems engineer", "Pellucid", "2008–2010", 0],
  ],
  "21-list-item-dates-first.md": [
    ["Developer", "Brightloom", "Oct 2023 - Feb 2026", 1],
    ["Tech Lead", "Ninefold", "Feb 2022 - Mar 2023", 1],
  ],
  "22-role-fields.md": [
    ["Engineering Manager, Returns Experience Team", "Larchmont Foods", "09/2021 - 03/2025", 2],
    ["Frontend Developer", "Quarry Lane", "2018 - 2021", 1],
  ],
  "23-plain-text.md": [
    ["Engineering Manager", "Tailwind Traders", "7/21 - 10/24", 3],
    ["Senior Software Engineer", "Fourth Coffee", "1/18 - 6/21", 1],
    ["Support Engineer", "Coho Winery", "2015-2017", 0],
  ],
  "24-front-matter-list.md": [
    ["Engineering Manager, Data Platform", "Larkspur Insurance", "March 2021 – Present", 2],
    ["Senior Software Engineer", "Quarry Lane", "2017 – 2021", 2],
  ],
  "25-front-matter-toml.md": [
    ["Engineering Manager", "Brightwater", "2022-10-01 – present", 1],
    ["Software Engineer", "Kestrel Insurance", "2018-06-01 – 2022-09-01", 1],
  ],
  "26-pandoc-divs.md": [
    ["Staff Engineer", "Tailwind Traders", "2021-03 -- present", 2],
    ["Senior Software Engineer", "Fourth Coffee", "2018-09 -- 2021-04", 1],
    ["Software Engineer", "Fourth Coffee", "2016-03 -- 2018-09", 0],
  ],
  "27-definition-list.md": [
    ["Research Engineer", "Larkspur Steel", "", 1],
    ["Bioinformatician", "Lakeside University", "2012 - 2018", 2],
    ["Researcher", "Fourth Coffee Labs", "2009 - 2012", 1],
  ],
  "28-table-roles.md": [
    ["Lead Developer", "Tailwind Traders", "May 2023 - today", 0],
    ["Senior Consultant Java", "Fourth Coffee", "Jul 2019 - April 2023", 0],
  ],
  "29-latex.md": [
    ["Head of Engineering, Payments", "Tailwind Traders", "Mar 2022 – Present", 2],
    ["Senior Developer", "Fourth Coffee", "Jan 2018 – Feb 2022", 1],
  ],
  "30-html-indented.md": [
    ["Vorstandsmitglied", "Tailwind Traders", "", 2],
    ["Staff Platform Engineer, Observability", "Fourth Coffee", "February 2023 - Present", 2],
    ["Senior Software Engineer", "Brightloom", "Jan 2017 - April 2020", 2],
  ],
  "31-fenced-plain.md": [
    ["Engineering Manager", "Tailwind Traders", "2021 - Present", 2],
    ["Senior Engineer", "Fourth Coffee", "2017 - 2021", 1],
  ],
  "32-fenced-linkedin.md": [
    ["Staff Engineer", "Brightloom", "Mar 2022 – Present", 2],
    ["Senior Engineer", "Quarry Lane", "2018 – 2022", 1],
  ],
  "33-pictograph-lines.md": [
    ["Engineering Manager", "Tailwind Traders", "March 2022 – Present", 5],
    ["Senior Engineer", "Fourth Coffee", "2018 – 2022", 2],
  ],
  "34-front-matter-titles.md": [
    ["Engineering Director", "", "Oct. 2019 – Jan. 2022", 2],
    ["Senior Software Engineer", "", "Mar. 2016 – Oct. 2019", 1],
  ],
  "35-html-table.md": [
    ["Engineering Manager", "Tailwind Traders", "03/2021 - Present", 0],
    ["Senior Software Engineer", "Fourth Coffee", "06/2016 - 02/2021", 0],
  ],
  "36-promotion-steps.md": [
    ["Software Engineer", "Fourth Coffee", "", 0],
    ["Platform Team Lead", "Fourth Coffee", "", 2],
    ["Engineering Manager", "Fourth Coffee", "", 1],
  ],
  "37-bold-sections-dated-paragraphs.md": [
    ["lead software engineer", "Tailwind Traders", "From 2021 to present", 1],
    ["software engineer", "Fourth Coffee", "2017 – 2021", 1],
  ],
  "38-sentence-lines.md": [
    ["Staff Engineer", "Tailwind Traders", "2021 - 2024", 3],
    ["Senior Developer", "Fourth Coffee", "2017 - 2021", 1],
    ["Developer", "Coho Winery", "2014 - 2017", 1],
  ],
  "39-dated-company-paragraphs.md": [
    ["", "Tailwind Traders", "2019-04 — 2023-12", 2],
    ["Senior Developer", "Fourth Coffee", "2016-02 — 2019-03", 1],
    ["", "Banco de Lumbre", "2013 — 2016", 1],
  ],
  "40-fenced-leaders.md": [
    ["Staff SE", "TAILWIND TRADERS", "2021", 1],
    ["Senior SE", "FOURTH COFFEE", "2016-2021", 1],
  ],
  "41-front-matter-cjk.md": [
    ["iOS高级开发工程师", "星河软件有限公司", "2020-09-01 – 2022-08-01", 3],
    ["技术主管", "云帆数据科技有限公司", "2022-08-03 – present", 1],
  ],
  "42-title-heading-fr.md": [
    ["Architecte logiciel", "Lumière Rail", "2019-2023", 2],
    ["Co-fondatrice", "Atelier Nord", "2015-2019", 1],
  ],
  "43-role-heading-groups.md": [
    ["Engineering Manager / Principal Engineer", "Larkspur Health", "May 2018 - June 2023", 2],
    ["Senior Engineer", "Fourth Coffee", "2014 - 2018", 1],
  ],
  "44-role-label-employer-intro.md": [
    ["Staff Engineer", "Tailwind Traders", "Jun 2021 - Present", 2],
    ["Senior Engineer", "Fourth Coffee", "2017 - 2021", 2],
  ],
  "45-fenced-role-text.md": [
    ["Staff Engineer", "Tailwind Traders", "Jun 2022 – Jul 2024", 2],
    ["Senior Engineer", "Fourth Coffee", "Mar 2020 – Jun 2022", 1],
  ],
  "46-employer-title-siblings.md": [
    ["Senior Database Engineer", "Tailwind Traders", "", 1],
    ["MySQL/Oracle DBA", "Fourth Coffee", "", 2],
    ["SysAdmin Linux and PostgreSQL", "Lakeshore Retail", "", 1],
  ],
  "47-quoted-header.md": [
    ["Staff Engineer", "Tailwind Traders", "March 2021 - June 2024", 1],
    ["Team Lead, Engineer", "Fourth Coffee", "2017-2021", 2],
    ["архитектор, лид", "Lakeshore Retail", "2015-2017", 1],
  ],
  "48-html-tables-stacked-items.md": [
    ["Engineering Manager", "Tailwind Traders Inc.", "2021-03 - 2024-06", 2],
    ["Senior Engineer", "Tailwind Traders Inc.", "2021-03 - 2024-06", 0],
    ["Software Engineer", "Fourth Coffee Ltd.", "2018-01 - 2021-02", 1],
  ],
  "49-german-titles-skills.md": [
    ["Gründerin", "Kaffeewerk", "04/2020 – heute", 1],
    ["Praktikum im Data-Team", "Tailwind Traders", "02/2019 – 08/2019", 1],
  ],
  "50-html-glyph-cards.md": [["Staff Engineer", "Tailwind Traders", "2021-Present", 2]],
  "51-title-dates-colon-items.md": [
    ["Líder Técnica de Plataforma", "Tailwind Traders, Valparaíso", "2021/3 a la fecha", 1],
    ["Administradora de Bases de Datos", "Tailwind Traders, Valparaíso", "2018/6 a 2021/2", 1],
    ["Consultora de Desarrollo", "Fourth Coffee S.A.", "2016/1 a 2018/5", 1],
  ],
  "52-definition-dates-bold-title.md": [
    ["Platform Lead", "Tailwind Traders", "Since 2021", 2],
    ["Data Engineer", "Fourth Coffee", "2017-2021", 1],
  ],
  "53-html-table-classed-cells.md": [
    ["Founder & Principal Data Scientist", "Tailwind Traders", "2019 - present", 0],
    ["Game Mathematician", "Fourth Coffee", "2015 - 2019", 0],
  ],
  "54-title-line-dates-places.md": [
    ["Lead Software & Hardware Engineer", "Tailwind Traders", "2016 — 2021", 2],
    ["Senior Unix Consultant", "Fourth Coffee", "September 2011 - March 2016", 1],
    // A place of three words beside another ("Fort Myers & Naples, FL"): still a dates line, not a bullet.
    ["Web Developer", "Contoso", "2003 – 2007", 2],
  ],
  "55-role-part-headings-at-company-depth.md": [
    ["Software Engineer", "Tailwind Traders", "Sep 2019 - Aug 2022", 3],
    ["Software Developer", "Fourth Coffee", "Oct 2017 - Aug 2019", 2],
  ],
  "56-stacked-role-headings.md": [
    ["Staff Engineer", "Tailwind Traders", "Feb 2021 - Sep 2023", 2],
    ["Technical Lead", "Tailwind Traders", "Aug 2019 - Feb 2021", 0],
    ["Senior Engineer", "Tailwind Traders", "Jul 2017 - Aug 2019", 0],
  ],
  "57-company-position-note.md": [
    ["后端工程师", "北辰物流有限公司", "2018/03---2022/06", 0],
    ["技术经理", "北辰物流有限公司", "2018/03---2022/06", 2],
    ["运维", "南湖数据", "2015/07---2018/02", 1],
  ],
  "58-other-roles-list.md": [
    ["Senior Backend Developer", "Tailwind Traders", "March 2016 - June 2022", 2],
    ["Technical Lead", "Tailwind Traders", "March 2016 - June 2022", 0],
    ["Office Manager (and Partner)", "Tailwind Traders", "March 2016 - June 2022", 0],
    ["Backend Developer", "Fourth Coffee", "May 2013 - February 2016", 1],
  ],
  "59-heading-pill-box.md": [
    ["Engineering Manager / Tech Lead", "Tailwind Traders Inc.", "Mar 2021 - Jun 2024", 2],
    ["Consultant for Data Tooling", "Rowan Ellery, LLC", "Jan 2019 - Feb 2021", 1],
  ],
  "60-heading-french-separators.md": [
    ["Responsable technique", "Coopérative du Fleuve", "", 2],
    ["Développeuse Back-End", "Studio Lumen", "", 1],
    ["Stage de développement", "Fourth Coffee", "", 1],
  ],
  "61-italian-company-dates-heading.md": [
    ["Responsabile QA", "Tailwind Traders S.r.l.", "2016 ad oggi", 1],
    ["Libero professionista", "Tailwind Traders S.r.l.", "2010 - 2016", 1],
  ],
  "62-front-matter-nested-time-projects.md": [
    ["Senior Backend Developer", "", "04.2021 – present", 1],
    ["Java Developer", "", "09.2018 – 03.2021", 1],
  ],
  "63-bold-colon-label-groups.md": [
    ["Principal engineer", "Tailwind Traders", "Mar 2018 - Current", 5],
    ["Senior engineer", "Fourth Coffee", "Jun 2012 - Feb 2018", 2],
  ],
  "64-company-heading-title-word.md": [
    ["Lead Software Engineer", "Lakeshore Property Management", "Apr 2020 - Present", 2],
    ["Senior Software Engineer", "Lakeshore Property Management", "Mar 2018 - Apr 2020", 1],
    ["Web Developer", "Fourth Coffee", "Jun 2015 - Mar 2018", 1],
  ],
  "65-company-named-like-section.md": [
    ["Senior Web Developer", "Fourth Coffee", "Nov 2016 - Aug 2019", 1],
    ["Student Advisor", "Northwind Education", "Apr 2013 – May 2016", 1],
  ],
  "66-cjk-heading-fullwidth.md": [
    ["高级后端工程师", "北辰物流", "2019 - 至今", 1],
    ["开发工程师", "南湖数据", "2015/07 〜 2019/02", 1],
  ],
  "67-dated-company-project-headings.md": [
    ["", "Tailwind Traders", "2021 – present", 2],
    ["", "Fourth Coffee", "2017 – 2021", 1],
  ],
  "68-role-history-line.md": [
    ["Software Engineer", "Tailwind Traders", "2016–2018", 0],
    ["Tech Lead", "Tailwind Traders", "2018–2021", 0],
    ["Engineering Manager", "Tailwind Traders", "2021–present", 2],
    ["", "Fourth Coffee", "2013 – 2016", 1],
  ],
  "69-html-section-heading.md": [
    ["Staff Engineer", "Tailwind Traders", "2020 – present", 1],
    ["Senior Engineer", "Fourth Coffee", "2016 – 2020", 1],
  ],
  "70-cjk-short-lines-under-role.md": [
    ["运维工程师", "北辰物流", "2019 - 2022", 1],
    ["开发工程师", "南湖数据", "2016 - 2019", 1],
  ],
  // "Current Role" is an experience section; its stacked titles give the text below to the first; the
  // same roles again in a highlights list below are not read twice.
  "71-current-role-recap.md": [
    ["Principal Engineer, Ledger Platform", "Quarrybrook", "Mar 2023 – Present", 3],
    ["Staff Engineer, Ledger Platform", "Quarrybrook", "Jun 2020 – Mar 2023", 0],
    ["Senior Engineer", "Fernhollow", "Feb 2016 – May 2020", 0],
  ],
  // A "```bash" fence of text under a role heading: its items are the role's (labels left out), a
  // "- Title (dates)" item a title held before; Title @ Company lines in one a role each; commands stay code.
  "72-shell-fenced-role-text.md": [
    ["Staff Reliability Engineer", "Quarrybrook", "Apr 2021 - present", 3],
    ["Senior Support Engineer", "Quarrybrook", "Jan 2019 - Apr 2021", 2],
    ["Support Engineer", "Quarrybrook", "Mar 2017 - Jan 2019", 0],
    ["Systems Administrator", "Fernhollow", "Jun 2014 - Feb 2017", 0],
    ["Junior Systems Administrator", "Pellworth", "Sep 2012 - May 2014", 0],
  ],
  // After "### Head of Engineering @ Quarrybrook", "### Steward @ Open Ledger Group" is a role whatever its
  // title; a wrapped sentence under it that opens "Architect, reviewer, …," is its text, no role line.
  "73-title-at-employer-siblings.md": [
    ["Head of Engineering", "Quarrybrook", "2019 - Present", 2],
    ["Steward", "Open Ledger Group", "2016 - Present", 1],
    ["Lead Developer", "Fernhollow", "2011 - 2016", 1],
  ],
  // "## Field Technician" then "#### Regional Service Technician ( 2017 - 2020 )": the role's team and
  // dates, not a second role.
  "74-title-heading-team-dates.md": [
    ["Staff Engineer", "", "May 2020 - Present", 2],
    ["Field Technician", "", "March 2017 - May 2020", 1],
  ],
  // Under a title item, "- Offline delivery proofs / Tech Lead" (no dates of its own) is the role's item.
  "75-title-item-nested-lead.md": [
    ["Android Engineer", "Quarrybrook", "2019/4 - present", 4],
    ["Backend Developer", "Fernhollow", "2015/2 - 2019/3", 1],
  ],
  // "### 北辰物流株式会社" then "正社員として2020年4月〜2024年3月の間勤務": the company's dates; with no
  // title under it, the company is one role with no title, its project headings grouping the bullets.
  "76-cjk-company-terms-line.md": [
    ["", "北辰物流株式会社", "2020年4月〜2024年3月", 3],
    ["", "南湖データ株式会社", "2017年6月〜2020年3月", 1],
  ],
  // A front-matter role's `responsibilities:` or `duties:` list holds its achievements, after its `description`.
  "77-front-matter-responsibilities.md": [
    ["Lead Mobile Developer", "Quarrybrook", "Mar. 2022 – Present", 3],
    ["Android Developer", "Fernhollow", "Jan. 2019 – Feb. 2022", 2],
  ],
  // "### Quarrybrook Academy" then "Lecturer at [Quarrybrook Academy] (…) at their\nGame Programming track.":
  // one sentence wrapped onto a second line names the title at the heading's company.
  "78-title-at-heading-company-wrapped.md": [["Lecturer", "Quarrybrook Academy", "", 2]],
  // "##Career##" and "###Platform Developer, Quarrybrook March 2019 - today####": no space after the
  // hashes, but closed by hashes, so headings to their writer.
  "79-closed-hash-headings.md": [
    ["Platform Developer", "Quarrybrook", "March 2019 - today", 2],
    ["Support Engineer", "Fernhollow Systems", "2015-2019", 2],
  ],
  // "## Fernhollow (2016 - 2020)" then, in its paragraphs, "At Fernhollow I was a senior engineer on the
  // Payments team.": the role's title, read on that sentence's line; a company with no such sentence
  // stays a role with no title.
  "80-at-employer-title-sentence.md": [
    ["Dispatch team lead", "Quarrybrook", "2020 - Current", 2],
    ["senior engineer", "Fernhollow", "2016 - 2020", 2],
    ["", "Tallowmere Studio", "2013 - 2016", 2],
  ],
  // "* 2016.3—2019.3：**北辰数据科技公司 | 合伙人**": a partner, and "Java后端" (a stack then "back end"), are
  // titles; the full-width colon after the dates is no part of the employer.
  "82-cjk-list-partner-stack-title.md": [
    ["合伙人", "北辰数据科技公司", "2016.3—2019.3", 2],
    ["Java后端", "南湖物流科技", "2019.3—至今", 2],
  ],
  // "### Rolle: Testmanager / Tester (QA)" under a dated project heading: the label names the person's
  // role, whatever its words; a sentence after the label is none.
  "83-labelled-role-heading-any-words.md": [
    ["Testmanager / Tester (QA)", "", "", 2],
    ["Agiles und hybrides Produktmanagement", "", "", 2],
  ],
  // "## 04/2022 - 12/2022 Scrum Master / Agile Coach, Buchungsportal (…)" then "### Rolle: Scrum Master, …",
  // nothing between: one role, its title the label's, read on the label's line.
  "84-dated-role-heading-labelled-title.md": [
    ["Scrum Master", "Buchungsportal", "04/2022 - 12/2022", 2],
    ["Product Owner", "Kundenportal", "01/2021 - 03/2022", 1],
  ],
  // "### Northwind Traders" then "Austin, TX" and "Mar 29 - Sept 17, 2012" (a range with days, its
  // year said once) on lines of their own, no title: the company is one role with no title; a dates
  // line alone under it too; "Personal projects" names no employer.
  "85-company-place-dates-no-title.md": [
    ["", "Northwind Traders", "Mar 29 - Sept 17, 2012", 2],
    ["", "Contoso Pharmacy", "March 3, 2009 – June 5, 2011", 2],
  ],
  // A Markdown page (front matter, then no Markdown) whose body is a JSON Resume object: read as that
  // résumé; an employer's `positions[]` are a role each, at that employer.
  "86-json-resume-in-markdown.md": [
    ["Head of Platform", "Fabrikam Logistics", "2022-03 – Present", 3],
    ["Senior Platform Engineer", "Fabrikam Logistics", "2019-06 – 2022-02", 1],
    ["Software Engineer", "Tailspin Toys", "2016-01 – 2019-05", 1],
  ],
  // An employer's page: TOML front matter names the employer (`title`) and its years (`[params]`
  // startYear / endYear); the title headings under "## Accomplishments By Role" are roles held there.
  "87-front-matter-employer-page.md": [
    ["Principal Engineer", "Wingtip Analytics", "2015 – 2022", 2],
    ["Senior Software Engineer", "Wingtip Analytics", "2015 – 2022", 2],
  ],
  // German titles written as one compound word whose last part names the job ("Datenbankentwickler",
  // "Systemadministratorin", "Netzwerktechniker"), and "Wissenschaftliche Mitarbeiterin", after the dates.
  "88-german-compound-titles.md": [
    ["Datenbankentwickler", "Nordwind Logistik GmbH", "2019-heute", 2],
    ["Systemadministratorin", "Stadtwerke Ebersberg", "2015-2019", 1],
    ["Netzwerktechniker", "Kabelwerk Süd AG", "2013–2015", 1],
    ["Wissenschaftliche Mitarbeiterin", "Hochschule Rosenheim", "2011–2013", 1],
  ],
  // Under a dated company heading, "I am currently employed at Fabrikam as Lead Data Engineer
  // specialising in ETL" (wrapped, no period on its line) is a sentence, no role line: the title
  // headings under it are the roles.
  "89-first-person-employer-sentence.md": [
    ["Fabrikam Lead Data Engineer", "Fabrikam", "March 2019 - Present", 1],
    ["Fabrikam Data Engineer", "Fabrikam", "March 2019 - Present", 2],
    ["Signalling software engineer", "Northwind Rail", "2014 - 2019", 1],
  ],
  // A role's stack as labelled fields ("- **Backend**: Go, …", "- **Frontend**: Svelte"): the items
  // whose label is a title's word ("- **DevOps**: Docker", "- **Architect**: Hexagonal") are fields too.
  "90-labelled-stack-fields.md": [
    ["Backend Developer", "Coho Winery", "2021 - present", 6],
    ["Junior Developer", "Litware", "2018 - 2021", 3],
  ],
  // "### Senior Site Reliability Engineer at [Adatum](…) / [Adatum Cloud](…) (March 2020 - October 2024)
  // ([Details](adatum.md))": the slash, dash and the link's brackets standing alone are no words; the
  // heading is within a role line's length.
  "91-heading-spaced-marks.md": [
    ["Senior Site Reliability Engineer", "Adatum / Adatum Cloud", "March 2020 - October 2024", 2],
    ["Support Engineer", "Proseware", "June 2017 - February 2020", 1],
  ],
  // No H1: a table of contacts, then "## Staff Backend Engineer" over a table of facts, then
  // "## Experience": that heading, a title alone with nothing read under it, is the headline.
  "92-headline-heading-before-experience.md": [["Backend Engineer", "Fourth Coffee", "2019 - 2024", 2]],
  // "### Responsable technique" (a title alone), then "**Banque Lumière - BLX**", a team line
  // ("Gestion de Trésorerie - GTR", "Pôle Sinistres – Projet Orion – Release manager") and the dates:
  // the bold name is the employer, the team line no role of its own, the dates the heading's role's.
  "93-title-heading-employer-team-lines.md": [
    ["Responsable technique", "Banque Lumière - BLX", "mars 2020 – juin 2024", 4],
    ["Développeuse Java", "Assurances Cerisier", "2016 – 2020", 1],
  ],
  // "### Sabbatical (2019 – 2021)", a dated company heading read as a job of its own (an item right
  // under it), then "### Platform Engineer" at its depth: that role is not the company's; its employer
  // and dates are the lines under it. (61: a company heading with nothing under it names the next.)
  "94-company-heading-sibling-title.md": [
    ["Data Platform Lead", "Wide World Importers", "2021 – present", 1],
    ["", "Sabbatical", "2019 – 2021", 1],
    ["Platform Engineer", "Contoso Bank", "2016 – 2019", 1],
  ],
  // "## March 2008 - May 2015 : Blue Yonder Airlines – Engineering Manager" then three "###" headings
  // each a title alone: the titles held there in turn, a role each at that employer; the paragraphs
  // above them are no role's. Project headings ("### Booking engine") under a role heading stay its parts.
  "95-stacked-title-subheadings.md": [
    ["Engineering Manager and Architecture Board member", "Blue Yonder Airlines", "March 2008 - May 2015", 1],
    ["Systems Architect", "Blue Yonder Airlines", "March 2008 - May 2015", 1],
    ["Software Engineer", "Blue Yonder Airlines", "March 2008 - May 2015", 1],
    ["Developer", "Alpine Ski House", "2005 - 2008", 2],
  ],
  // "**Lead Game Programmer**" alone, then "*Adventure Works Studio - Publisher and developer of …*"
  // wholly in emphasis, a company-size line and the dates: the emphasised line is the employer, no role.
  "96-bold-title-emphasis-employer.md": [
    ["Lead Game Programmer", "Adventure Works Studio - Publisher and developer of mobile puzzle games for families", "Mar 2017 – Jan 2022", 2],
    ["Junior Developer", "Trey Research - Consulting", "Jun 2014 – Feb 2017", 1],
  ],
  "97-technical-environment-label.md": [["Développeuse backend", "Mutuelle Horizon", "2019 – 2023", 7]],
  "98-labelled-field-names.md": [
    ["Backend Developer", "Coho Winery", "2021 - present", 4],
    ["Developer", "Litware", "2018 - 2021", 3],
  ],
  "99-json-resume-basics-highlights.md": [["Engineering Manager", "Northwind", "2021-02 – Present", 1]],
  "19-html-roles.md": [
    ["Engineering Manager", "Quillon Systems", "2015-Present", 2],
    ["Staff Platform Engineer", "Harbour Bank", "February 2011 - March 2014", 2],
  ],
};

describe("document model: role layouts (DESIGN §2b)", () => {
  it("a degree named is no title; a title with 'Master' in it still is (242, 243)", () => {
    for (const t of ["Mestrado em Engenharia de Software", "Bacharelado em Engenharia de Computação", "B.Sc. Software Engineering", "Bachelor of Engineering", "MSc Software Engineering"]) assert.equal(isTitleText(t), false, t);
    for (const t of ["Scrum Master", "Master Data Engineer", "Graduate Engineer"]) assert.equal(isTitleText(t), true, t);
    assert.equal(sectionKindOf("B.S. Software Engineering, Northfield State University"), "education");
    assert.equal(sectionKindOf("Máster en Ingeniería del Software"), "education");
  });
  for (const [file, expected] of Object.entries(cases)) {
    it(`reads the roles of ${file}`, () => {
      const doc = readDocument(read(file)).doc;
      const got = doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.length]);
      assert.deepEqual(got, expected);
      // The title range is on the title's line and covers text, not the whole document.
      for (const r of doc.roles) {
        assert.equal(doc.lineCol(r.titleStart).line, r.line);
        assert.ok(r.titleEnd > r.titleStart);
        assert.ok(doc.text.slice(r.titleStart, r.titleEnd).includes(r.title.split(" ")[0]!));
      }
    });
  }

  it("reads the items of a file named for the experience with no heading, title or employer in it ('experience_zh.md', its sub-titles in HTML) as achievements with no role (fixture 300)", () => {
    const text = read("300-experience-fragment-no-headings.md");
    const doc = parseDocument(text, { filename: "src/components/experience/experience_zh.md" });
    assert.deepEqual(doc.roles, []);
    assert.deepEqual(doc.bullets.filter((x) => x.achievement).map((x) => x.line), [5, 6, 14]);
    // Named otherwise, the same text is no experience's.
    assert.deepEqual(parseDocument(text, { filename: "src/components/about/about_zh.md" }).bullets.filter((x) => x.achievement).map((x) => x.line), []);
  });

  it("reads no role from an employer item over nested project items with dates and no title's word ('- Acme Corp - Lyon' / '  - Project Phoenix (2019 - 2020)') (fixture 226's rule)", () => {
    const doc = readDocument("# Ana\n\n## Experience\n\n- Acme Corp - Lyon\n  - Project Phoenix (2019 - 2020)\n    - Built the route planner for the drivers.\n").doc;
    assert.equal(doc.roles.length, 0);
  });

  it("leaves a dated bold employer's lines with a title under them ('_2016 - 2019_' / '**Globex**' / '*Software Engineer*') to the header block (fixture 229's rule)", () => {
    const doc = readDocument("# A\n\n## Experience\n\n_2016 - 2019_  \n**Globex**  \n*Software Engineer*  \nBuilt the billing tool.\n").doc;
    assert.deepEqual(doc.roles.map((r) => r.title), ["Software Engineer"]);
  });

  it("reads '## fulltime: kestrel freight', '## part-time: loomwise', '## Contract: Harbor Lights (2018 – 2019)' as a job each at that employer with no title, their items its own (fixture 228)", () => {
    const doc = readDocument(read("228-employment-type-company-headings.md")).doc;
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates, r.line]), [
      ["", "kestrel freight", "", 7],
      ["", "loomwise", "", 14],
      ["", "Harbor Lights", "2018 – 2019", 20],
    ]);
    assert.ok(doc.roles[0]!.bullets.some((x) => x.plain === "cut the report export time by 40%"));
    assert.deepEqual(doc.roles[1]!.bullets.map((x) => x.plain), ["building the checkout widget"]);
    // ("## Full-time roles" names no employer after a colon: no job.)
    assert.equal(readDocument("# Ana\n\n## Full-time roles\n\n- Built the billing service.\n").doc.roles.length, 0);
  });

  it("reads a job told as a two-row table ('| Kestrel Fret | Responsable Technique |' over its dates and place) in a document of any kind, and no metric's table so (fixture 230)", () => {
    const doc = parseDocument(read("230-two-row-table-role-cards.md"), { kind: "promo" });
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.line]), [["Responsable Technique", "Kestrel Fret", 7], ["Ingénieur Logiciel", "Orlima Édition", 13]]);
    // ("| Metric | Engineering Manager |" over "| Deploys a week | 12 |": no dates alone in the row, no job.)
    assert.equal(parseDocument("# Review\n\n| Metric | Engineering Manager |\n|---|---|\n| Deploys a week | 12 |\n", { kind: "promo" }).roles.length, 0);
  });

  it("reads the items under a label of tools alone on its item ('- スキル', '- 使用技術') as no achievements, those under '- 職務内容' (duties) as the role's (fixture 224)", () => {
    const doc = readDocument(read("224-japanese-position-label-items.md")).doc;
    const flags = doc.roles.flatMap((r) => r.bullets.map((x) => [x.plain, x.achievement]));
    for (const tool of ["Go", "AWS/ECS", "Terraform"]) assert.ok(flags.some(([t, a]) => t === tool && a === false), tool);
    for (const duty of ["配送ルート計算の設計", "監視基盤の構築"]) assert.ok(flags.some(([t, a]) => t === duty && a === true), duty);
  });

  it("reads no role from '* Position:' over titles in a company's summary of fields with no label of duties beside it, its roles under headings below (fixture 224's rule)", () => {
    const text = "# Noor Haddad\n\n## Experience\n\n### Wingtip\n* Location: Leeds\n* Position:\n  * Engineering Manager\n  * Web Developer\n\n#### Engineering Manager, Checkout Team\n* Led six engineers who rebuilt the checkout.\n\n#### Web Developer, Checkout Team\n* Built the basket page.\n";
    const doc = readDocument(text).doc;
    assert.deepEqual(doc.roles.map((r) => r.line), [11, 14]);
  });

  it("reads a Liquid statement with a title's words ('{% assign title = \"… at …\" %}') as no role, as Markdoc's '{% work job=… %}' is one (held-out round 20)", () => {
    const doc = parseDocument("# CV\n\n## Experience\n\n{% assign title = \"Engineering Manager at Acme\" from = \"2021\" %}\n\nHello there.\n", { kind: "resume" });
    assert.deepEqual(doc.roles, []);
    const work = parseDocument("# CV\n\n## Experience\n\n{% work job=\"Engineering Manager at Acme\" from=\"2021\" %}\nLed the billing team.\n{% /work %}\n", { kind: "resume" });
    assert.deepEqual(work.roles.map((r) => [r.title, r.employer, r.bullets.map((x) => x.plain)]), [["Engineering Manager", "Acme", ["Led the billing team."]]]);
  });

  it("has, for every layout module, a doc comment naming fixtures that exist and are read here (DESIGN §8)", () => {
    const fixtures = readdirSync(dir).filter((f) => f.endsWith(".md"));
    const mods = readdirSync(new URL("../../src/core/layouts/", import.meta.url)).filter((f) => f.endsWith(".ts"));
    assert.ok(mods.length >= 12, `${mods.length} layout modules`);
    for (const m of mods) {
      const head = readFileSync(new URL(`../../src/core/layouts/${m}`, import.meta.url), "utf8").split("\nimport ")[0]!;
      // The numbers after "Fixture(s):" up to "Pure": "19-html-roles.md, 30-html-indented.md", "01–11, 20–22".
      const list = /Fixtures?:([\s\S]*?)Pure/.exec(head)?.[1]?.replace(/\n\/\/\s*/g, " ") ?? "";
      const named = [...list.matchAll(/(?<![\w-])(\d{2,3})(?!\d)(?:[–-](\d{2,3})(?![\w-]))?/g)].flatMap((x) => {
        const a = Number(x[1]);
        const b = x[2] ? Number(x[2]) : a;
        return Array.from({ length: b - a + 1 }, (_, i) => String(a + i).padStart(2, "0"));
      });
      assert.ok(named.length, `${m} names no fixture`);
      for (const n of named) {
        const f = fixtures.find((x) => x.startsWith(n + "-"));
        assert.ok(f, `${m}: fixture ${n} not found`);
        assert.ok(cases[f!], `${m}: fixture ${f} is not read by this test`);
      }
    }
  });

  it("gives no achievement bullets outside experience sections", () => {
    for (const f of ["01-company-bold-title-dates.md", "11-bullet-variants.md", "12-html-templates.md"]) {
      const doc = parseDocument(read(f));
      for (const b of doc.bullets) {
        if (["skills", "education", "contact"].includes(b.section.kind)) assert.equal(b.achievement, false, `${f}:${b.line}`);
      }
      assert.ok(doc.bullets.some((b) => !b.achievement), `${f} has a non-experience bullet`);
    }
  });

  it("reads Chinese titles, section names and achievements (no spaces between words), and a label as none (held-out round 6)", () => {
    const doc = parseDocument(read("41-front-matter-cjk.md"));
    assert.deepEqual(doc.roles[0]!.bullets.map((b) => b.achievement), [false, true, true]);
    const md = parseDocument("# 王小明\n\n## 工作经历\n\n### 后端工程师 | 北辰物流 | 2019.03 - 2021.06\n\n- 负责订单服务的设计与开发，支撑每日十万笔订单。\n\n## 技术清单\n\n- Java、Go、Kafka\n");
    assert.deepEqual(md.sections.slice(2).map((x) => x.kind), ["experience", "experience", "skills"]);
    assert.deepEqual(md.roles.map((r) => [r.title, r.employer, r.bullets.filter((b) => b.achievement).length]), [["后端工程师", "北辰物流", 1]]);
    assert.ok(md.bullets.filter((b) => b.section.kind === "skills").every((b) => !b.achievement));
    // A label alone ending in a full-width colon ("担当プロダクト：") is no achievement.
    const ja = parseDocument("## 職歴\n\n### エンジニアリングマネージャー | 北辰学習 | 2019.04 - 2023.03\n\n- 担当プロダクト：\n  - 学習アプリの開発チームを立ち上げ、12名の組織に拡大\n");
    assert.deepEqual(ja.bullets.map((b) => b.achievement), [false, true]);
  });

  it("reads a position named by its label in brackets after the employer, and a CJK section name with a note (held-out round 9)", () => {
    assert.deepEqual(parseRoleLine("Tailwind Traders (Position: Staff Engineer) (2019 - 2022)", { heading: true }), { title: "Staff Engineer", employer: "Tailwind Traders", dates: "2019 - 2022", labelled: true });
    // Without the label, brackets are a note and no title is read from them.
    assert.equal(parseRoleLine("北辰物流 (后端) (2019 - 2022)", { heading: true })?.labelled, undefined);
    assert.equal(sectionKindOf("工作经历 (按时间倒序)"), "experience");
    assert.equal(sectionKindOf("教育经历（本科）"), "education");
  });

  it("reads titles listed under 'Other roles:' as roles only right under a role and only when every item is a title", () => {
    const head = "## Experience\n\n### Senior Developer\n**Tailwind Traders**\\\n*2016 - 2022*\n\n";
    const tools = parseDocument(head + "Other roles:\n- moved the billing jobs to a queue\n- Technical Lead\n");
    assert.deepEqual(tools.roles.map((r) => r.title), ["Senior Developer"]);
    const noRole = parseDocument("## Experience\n\nOther roles:\n- Technical Lead\n- Development Lead\n");
    assert.equal(noRole.roles.length, 0);
  });

  it("reads a box of short elements under a heading as its employer and dates only when one is dates and none is a sentence", () => {
    const head = "## Experience\n\n### Consultant for Data Tooling\n\n";
    const prose = parseDocument(head + "<div class=\"note\">\n  <span>We rebuilt the reporting stack for two grocers in 2019.</span>\n  <span>Fourth Coffee</span>\n</div>\n");
    assert.ok(!prose.roles.some((r) => r.employer === "Fourth Coffee"));
    const noDates = parseDocument(head + "<div class=\"pill-box\">\n  <code>Fourth Coffee</code>\n  <code>Remote</code>\n</div>\n");
    assert.ok(!noDates.roles.some((r) => r.title === "Consultant for Data Tooling"));
  });

  it("reads a front matter role's project parts as its bullets, not the projects' descriptions (held-out round 9)", () => {
    const doc = parseDocument(read("62-front-matter-nested-time-projects.md"));
    assert.deepEqual(doc.roles.map((r) => r.bullets.map((x) => x.plain)), [["Led 3 backend developers | Cut the nightly planning run from 40 to 12 minutes | Code review |"], ["Moved the fare rules into a tested rules engine |"]]);
  });

  it("keeps a title heading a role when what follows it is no bold title with dates", () => {
    const doc = parseDocument("## Work Experience\n\n### Engineering Manager\n\n**Tailwind Traders**, 2019 - 2022\n\n- Hired four engineers.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.dates]), [["Engineering Manager", "2019 - 2022"]]);
  });

  it("reads no role line in a Chinese or Japanese sentence, which has few spaces to count words by (held-out round 9)", () => {
    assert.equal(parseRoleLine("【　事業内容: 予約と決済の一元管理、外部サービス連携による在庫管理。開発チーム: PM 1 名・バックエンド 4 〜 6 名　】", { heading: false }), undefined);
    assert.deepEqual(parseRoleLine("北辰物流（2019 - 至今），高级后端工程师", { heading: true }), { title: "高级后端工程师", employer: "北辰物流", dates: "2019 - 至今" });
  });

  it("reads a labelled line of titles with their dates in Japanese, and none when its parts are no titles (held-out round 9)", () => {
    const ja = parseDocument("## 職務経歴\n\n### 北辰学習株式会社（2019/04 〜 現在）\n\n**役割の変遷**　2019/04〜2021/03 メンバー、2021/04〜現在 チームリーダー。\n\n- 学習アプリの開発チームを立ち上げ、8 名の組織に拡大\n");
    assert.deepEqual(ja.roles.map((r) => [r.title, r.dates, r.bullets.length]), [["メンバー", "2019/04〜2021/03", 0], ["チームリーダー", "2021/04〜現在", 1]]);
    const prose = parseDocument("## Experience\n\n### Tailwind Traders (2016 – present)\n\n**Roles:** Built the ledger in 2019, then led the 2021 migration\n\n- Cut costs.\n");
    assert.deepEqual(prose.roles.map((r) => r.title), [""]);
  });

  it("reads Italian and Japanese section names (held-out round 9)", () => {
    assert.deepEqual(["Esperienze Professionali", "Abilità", "Formazione", "職務経歴", "職務要約", "スキル"].map((h) => sectionKindOf(h)), ["experience", "skills", "education", "experience", "summary", "skills"]);
  });

  it("reads Italian 'presso' between a title and its employer (held-out round 9)", () => {
    assert.deepEqual(parseRoleLine("Sviluppatrice backend presso Tailwind Traders (2019 - 2022)", { heading: true }), { title: "Sviluppatrice backend", employer: "Tailwind Traders", dates: "2019 - 2022" });
  });

  it("reads abbreviation definitions ('*[DSI]: …') as no role, bullet or prose (held-out round 6)", () => {
    const doc = parseDocument("# Camille\n\n## Expérience\n\n### Architecte logiciel\n\n#### Lumière Rail – *2019-2023*\n\n👉 Pilotage de l’équipe ERP et de la DSI.\n\n*[DSI]: Direction des Services Informatiques\n*[ERP]: Enterprise Resource Planning\n*[CRM]: Customer Relationship Management\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.bullets.length]), [["Architecte logiciel", 1]]);
    assert.equal(doc.bullets.length, 1);
    assert.ok(!doc.proseBlocks.some((p) => p.plain.includes("Relationship")));
  });

  it("reads no role in a Workshops or Speeches section ('Instructor at …', held-out round 6)", () => {
    const doc = parseDocument("# Ana\n\n## Tech Lead, Fenlow Cloud *(Oct 2021 - Nov 2023)*\n\n* Led a team of 6 engineers.\n\n### Speeches\n* ***\"Graphs in SQLite\"*** Speaker at OpenConf 2010 (March 2010)\n\n### Workshops\n* Instructor at ***Ruby Basics*** (Fenlow Hackspace June 2013)\n* Instructor at ***Intro to Go*** course (May 2011)\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.bullets.length]), [["Tech Lead", 1]]);
    assert.deepEqual(doc.sections.slice(-2).map((x) => x.kind), ["publications", "publications"]);
  });

  it("reads the headline under the name heading as no role, and a company heading's title sub-heading as one (held-out round 6)", () => {
    for (const top of ["# Ana Silva\n## Full Stack Developer\n", "## Ana Silva\n## Backend Engineer <span class=\"en\">/Backend Engineer</span>\n"]) {
      const doc = parseDocument(`${top}\nI build payment systems.\n\n## Experience\n\n### Staff Engineer — Tailwind Traders (2019–2022)\n\n- Built the ledger that 40 stores use.\n`);
      assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.bullets.length]), [["Staff Engineer", "Tailwind Traders", 1]]);
    }
    const company = parseDocument("### Fourth Coffee\n\n#### Senior Software Engineer\n\nLed the move of the loyalty service to Kotlin.\n");
    assert.deepEqual(company.roles.map((r) => r.title), ["Senior Software Engineer"]);
  });

  it("reads 'Избранные результаты' and 'Опыт' as sections of achievements and experience (held-out round 6)", () => {
    const doc = parseDocument("# Мария Волкова\n\n## Избранные результаты\n- Сократила время релиза с двух дней до трёх часов.\n- Вырастила команду с 4 до 12 инженеров.\n\n## Опыт\n\n### Руководитель разработки • Северный ветер\n*март 2021 - настоящее время*\n\n- Перевела 20 сервисов на новую платформу.\n");
    assert.deepEqual(doc.sections.slice(2).map((x) => x.kind), ["impact", "experience", "experience"]);
    assert.deepEqual(doc.bullets.map((b) => b.achievement), [true, true, true]);
  });

  it("reads a paragraph that says what the employer is as no achievement, one that says what the author did there as one (held-out round 6)", () => {
    const doc = parseDocument(read("44-role-label-employer-intro.md"));
    assert.deepEqual(doc.bullets.map((b) => [b.line, b.achievement]), [[7, false], [8, true], [13, true], [14, true]]);
  });

  it("reads 'STACK PRINCIPAL', 'Habilidades', 'Conocimientos' as skills sections, no role (held-out round 7)", () => {
    const doc = parseDocument("# Lucía Ferrer\n\n## EXPERIENCIA PROFESIONAL\n\n### Tailwind Traders — Head Frontend\n**Mar 2023 – Actualidad**\n\n- Liderazgo de 2 células y 12 desarrolladores.\n\n## STACK PRINCIPAL\n\n- React, Vue, TypeScript\n\n## HABILIDADES\n\n- Code review, performance\n");
    assert.deepEqual(doc.roles.map((r) => r.title), ["Head Frontend"]);
    assert.deepEqual(doc.sections.slice(-2).map((s) => s.kind), ["skills", "skills"]);
  });

  it("reads no role in a heading outside experience that holds a title but does not read as one ('#### ¿Por qué ser Engineering Manager?') (held-out round 2)", () => {
    const doc = parseDocument("---\ntitle: \"My first year as a manager\"\n---\n\nA post about my first year.\n\n#### ¿Por qué ser Engineering Manager?\n\nAntes había liderado dos proyectos.\n\n#### Lead Engineer - Tailwind Traders (2019 - 2022)\n\n- Led the move to one event bus.\n", { kind: "resume" });
    assert.deepEqual(doc.roles.map((r) => r.title), ["Lead Engineer"]);
  });

  it("reads a line under a role with a part in lower case between commas, no dates and no bold title, as prose, not a role (held-out round 7)", () => {
    const doc = parseDocument("# Claire Dumas\n\n## Expériences\n\n#### Tailwind Traders - Depuis Juin 2020 - **Directeur technique (CTO)**\n\nPilotage de l'ensemble du système d'information, encadrement, développement en **Blazor (WebAssembly)**\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.bullets.length]), [["Directeur technique", 1]]);
  });

  it("reads a bold project name that a sentence follows on its line, with no dates, as prose under its role (held-out round 7)", () => {
    const doc = parseDocument("# Wei Lin\n\n## Experience\n\n### Software Engineer, Tailwind Traders, Lisbon, Oct 2002 - May 2004\n\n**Parts Catalogue Tracking system** (https://example.org/plm). Led a team of 3\nengineers on the catalogue service and cut response time by 30%.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.bullets.length]), [["Software Engineer", 1]]);
  });

  it("reads the heading under the name heading as the headline, not a role, also with a rule between them (held-out round 7)", () => {
    const doc = parseDocument("# Ada Moreau\n\n---\n#### Senior Web Developer / Lead Web Developer\n\n- GitHub: example\n\n## Experience\n\n#### Staff Engineer - Tailwind Traders (2019 - 2022)\n\n- Led the move to one event bus.\n");
    assert.deepEqual(doc.roles.map((r) => r.title), ["Staff Engineer"]);
  });

  it("reads the items of a project with a 'Role:' line under its heading as achievements, with no role (held-out round 7)", () => {
    const doc = parseDocument("# Sam Ortiz\n\n## Experience\n\n### Staff Engineer - Tailwind Traders (2019 - 2022)\n\n- Led the move to one event bus.\n\n## Featured Work\n\n### Checkout rewrite\n*Role: Technical lead*\n\n- Cut checkout errors by 40% across 12 apps.\n\n### Reading list\n\n- The Manager's Path\n");
    assert.deepEqual(doc.roles.map((r) => r.title), ["Staff Engineer"]);
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement, x.role?.title]), [[7, true, "Staff Engineer"], [14, true, undefined], [18, false, undefined]]);
  });

  it("reads a paragraph on what the employer is, opening with its initials or its first word, as context, not an achievement (held-out round 7)", () => {
    const doc = parseDocument("# Jo Park\n\n## Experience\n\n### Fourth Coffee Roasters (2007 - 2008)\n\n#### Senior Software Engineer\n\nFCR built a custom ordering system in Rails for 40 cafés.\n\n- Cut the CI run from 2 hours to 45 minutes.\n\n### Tailwind Traders Labs (2008 - 2010)\n\n#### Software Engineer\n\nTailwind was an agency that made web and phone apps for clients.\n\n- Taught client developers test-driven development.\n");
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement]), [[9, false], [11, true], [17, false], [19, true]]);
  });

  it("reads short items after a sentence ending 'such as:' as examples named, not achievements, capitalised or not (held-out round 7)", () => {
    const doc = parseDocument("# Impact\n\n## Service design\n\nWe improved the product by using service design methods such as:\n\n- User research\n- Ideation\n- Prototyping\n- Facilitation\n\n## Wins\n\n- Shipped the onboarding flow to 22 countries\n- Cut support tickets by 30%\n- Hired 4 engineers\n- Ran 12 workshops\n", { kind: "promo" });
    assert.deepEqual(doc.bullets.filter((x) => x.line >= 7).map((x) => x.achievement), [false, false, false, false, true, true, true, true]);
  });

  it("reads 'Customers: …' and 'Clients: …' under a role as facts about it, not achievements (held-out round 7)", () => {
    const doc = parseDocument("# Ana Ruiz\n\n## Experience\n\n### Tailwind Traders - Principal Data Engineer\n\n- Customers: Fourth Coffee, Lakeshore Retail.\n- Clients: Contoso, Northwind.\n- Moved 30 databases to managed clusters with no downtime.\n");
    assert.deepEqual(doc.bullets.map((x) => x.achievement), [false, false, true]);
  });

  it("reads a bold employer line after a role's bullets, with a title and dates right after it, as the next employer (held-out round 7)", () => {
    const doc = parseDocument("# Ivo Petrov\n\n## Experience\n\n**Tailwind Traders (Lisbon, Portugal)**\n\n_**Senior Software Developer (Nov 2017 – Jul 2020)**_\n- Built the pricing service.\n\n---\n**[Fourth Coffee](https://example.org) (Porto, Portugal)**\n\n_**Junior Software Developer (Mar 2016 – Sep 2018)**_\n- Wrote the loyalty app's backend.\n\n**Key projects**\n\n- Ran the move to one event bus.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.bullets.length]), [["Senior Software Developer", "Tailwind Traders", 1], ["Junior Software Developer", "Fourth Coffee", 2]]);
  });

  it("reads a sentence in the first person that holds a title's word ('I coach and lead …, steady …') as prose, not a role (held-out round 10)", () => {
    const doc = parseDocument("# Noor Haddad\n\nI shape platform strategy and delivery for growing product groups.\nI coach and lead cross-group design reviews, steady mentoring\nand shared on-call practice.\n\nIn 2016 I joined Fernhollow as a developer and later ran its data team.\n");
    assert.deepEqual(doc.roles, []);
    assert.equal(isTitleText("I coach and lead design reviews"), false);
    assert.equal(isTitleText("We lead the platform group"), false);
    assert.equal(isTitleText("Engineer I"), true);
  });

  it("reads 'Full description of the role here.' (a pointer to a link) as no achievement (held-out round 7)", () => {
    const doc = parseDocument("# Ana Ruiz\n\n## Experience\n\n### Tailwind Traders - Senior Engineer\n\nFull description of the role [here](https://example.org/jobs/42).\n\nRemote DBA for PostgreSQL across 30 customers.\n");
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement]), [[7, false], [9, true]]);
  });

  it("reads 'Book Author (2022 - now)' headings as roles with no section heading above them, 'Author of …' in a bullet as no title, and 'Core Team Member' and 'Prácticas de empresa' as titles, and 'Tutor for …' in a dated heading (held-out round 6)", () => {
    const doc = parseDocument("---\ntitle: \"Resume\"\n---\n\n#### Book Author (2022 - now)\n\nWriting a book on event-driven systems for a major publisher.\n\n<hr />\n\n#### Staff Engineer - [Tailwind Traders](https://example.org) (2019 - 2022)\n\nLed the move of 14 services to one event bus.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.dates, r.bullets.length]), [["Book Author", "2022 - now", 1], ["Staff Engineer", "2019 - 2022", 1]]);
    assert.equal(isTitleText("Author of the migration guide"), false);
    // In a heading with an employer and dates, a title word first makes the first part the title.
    assert.deepEqual(parseRoleLine("Tutor for different subjects - Lakeside University (2006 - 2010)", { heading: true }), { title: "Tutor for different subjects", employer: "Lakeside University", dates: "2006 - 2010" });
    assert.equal(parseRoleLine("Tutor for different subjects at weekends", { heading: false }), undefined);
    assert.equal(parseRoleLine("Led the team for the migration - Acme (2019 - 2020)", { heading: true }), undefined);
    // "**Core Team Member (June 2015 - May 2019)**" under a company heading, then its items.
    const member = parseDocument("## Experience\n\n### Tailwind Traders (June 2015 - May 2019)\n**Core Team Member (June 2015 - May 2019)**\n-   Co-led the hiring push that took the team from 5 to 30 members\n\n**Technical Program Manager** (Feb 2018 - May 2019)\n-   Ran the release train for 4 teams\n");
    assert.deepEqual(member.roles.map((r) => [r.title, r.bullets.length]), [["Core Team Member", 1], ["Technical Program Manager", 1]]);
    // A Spanish internship in a front matter list: "Prácticas de empresa", "Becario".
    const es = parseDocument("---\nexperience:\n  - title: Desarrollador web\n    company: Lumbre Digital\n    date_start: '2013-01-01'\n    date_end: '2015-06-01'\n  - title: Prácticas de empresa\n    company: Tecnocan\n    date_start: '2012-03-01'\n    date_end: '2012-06-01'\n---\n");
    assert.deepEqual(es.roles.map((r) => r.title), ["Desarrollador web", "Prácticas de empresa"]);
  });

  it("reads a `**Label:**` prefix and hard-wrapped bullets as one bullet", () => {
    const doc = parseDocument(read("11-bullet-variants.md"));
    const b = doc.bullets.find((x) => x.label === "Leadership");
    assert.ok(b, "label found");
    assert.ok(doc.text.slice(b.bodyStart).startsWith("Led a guild"));
    assert.match(b.plain, /^Leadership: Led a guild of 25 engineers that set the company's API standards and reviewed every public API change\.$/);
    const nested = doc.bullets.filter((x) => x.depth === 1);
    assert.equal(nested.length, 2);
  });

  it("reads a plain-text résumé's section lines, one achievement per line, and a wrapped line as one", () => {
    const doc = parseDocument(read("23-plain-text.md"));
    assert.deepEqual(
      doc.sections.slice(1).map((x) => [x.heading, x.kind]),
      [["Experience", "experience"], ["Skills", "skills"], ["Earlier Experience", "experience"], ["Education", "education"]],
    );
    const em = doc.roles[0]!;
    assert.deepEqual(em.bullets.map((b) => [b.line, b.achievement]), [[6, false], [8, true], [9, true]]);
    assert.match(em.bullets[2]!.plain, /queue, with the fraud team owning the rules\.$/);
    assert.ok(doc.bullets.filter((b) => b.section.kind === "skills" || b.section.kind === "education").every((b) => !b.achievement));
  });

  it("reads month-and-year dates written together and a bold 'Title at Company'", () => {
    assert.deepEqual(parseRoleLine("Data Analyst at Brightloom; Nov18 - now", { heading: false, strongTitle: "Data Analyst at Brightloom" }), { title: "Data Analyst", employer: "Brightloom", dates: "Nov18 - now" });
    assert.deepEqual(parseRoleLine("Maths tutor at Fenlow Tutoring; Oct17 - Jan18", { heading: false }), { title: "Maths tutor", employer: "Fenlow Tutoring", dates: "Oct17 - Jan18" });
    // month/yy only as a range: "24/7 support" and "1/3 of the team" hold no dates.
    assert.equal(parseRoleLine("Support Engineer, 24/7 support for 1/3 of the stores", { heading: false })?.dates, "");
  });

  it("reads no role in a certification, and knows certifications and awards sections in Spanish (held-out real document)", () => {
    assert.equal(parseRoleLine("Oracle Certified Professional, Java SE Programmer", { heading: false, strongTitle: "Oracle Certified Professional, Java SE Programmer" }), undefined);
    assert.equal(parseRoleLine("Corda Certified Developer | 2019", { heading: false }), undefined);
    assert.equal(parseRoleLine("Ruby-on-Rails Developer | Fourth Coffee | 2009 – 2010", { heading: true })?.title, "Ruby-on-Rails Developer");
    assert.equal(parseRoleLine("Content Creator | Brightloom | 2024 – Present", { heading: true })?.title, "Content Creator");
    const doc = parseDocument("# Ana\n\nCertificaciones\n--------------\n\n- Certified Kubernetes Administrator, 2021\n\nPremios\n-------\n\n- Oracle ACE Pro, 2023\n");
    assert.deepEqual(doc.sections.slice(2).map((x) => x.kind), ["education", "publications"]);
    assert.equal(doc.roles.length, 0);
  });

  it("reads a title alone in its paragraph, ending in a period, under a company heading and its dates (held-out real document, Russian)", () => {
    const doc = parseDocument("## Опыт работы\n\n### Северный ветер\n\nПродуктовая компания. Москва.\n\nИюль 2012 – настоящее время\n\nСоучредитель, ведущий разработчик.\n\n* * *\nСпроектировал и разработал сервис отчётов для 40 клиентов.\n\n### Институт\n\nМай 2003 – Октябрь 2005\n\nМладший научный сотрудник.\n\n* * *\nРазработал стенд для измерений.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates]), [["Соучредитель, ведущий разработчик", "Северный ветер", "Июль 2012 – настоящее время"], ["Младший научный сотрудник", "Институт", "Май 2003 – Октябрь 2005"]]);
  });

  it("reads 'Lead X / Chief Y', a place after the title split off by '|', and a comma before an employer ending in a section's word (held-out round 2)", () => {
    assert.deepEqual(parseRoleLine("Lead Engineer / Chief Architect, Riverdrop", { heading: true }), { title: "Lead Engineer / Chief Architect", employer: "Riverdrop", dates: "" });
    assert.deepEqual(parseRoleLine("[Brightloom] | Lead Backend Engineer, Sacramento, CA 2016", { heading: true }), { title: "Lead Backend Engineer", employer: "Brightloom", dates: "2016" });
    assert.equal(parseRoleLine("Lead the migration to Kubernetes, cutting cost", { heading: true }), undefined);
    const doc = parseDocument("# Experience\n\n### Director of Software Development, Fourth Coffee Technologies\n*Sep 2021 - Nov 2023*\n\n- Managed a team of 17 engineers.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer]), [["Director of Software Development", "Fourth Coffee Technologies"]]);
  });

  it("reads a role heading whose employer's name ends in a section's word ('Technologies', 'Education') (held-out real document)", () => {
    const doc = parseDocument("# Experience\n\n## Co-Founder & CTO | Brightloom Technologies\n\nJun 2022 – Sep 2025\n\n- Built the scraper for 41 sources\n\n## Head of Platform — Fourth Coffee Education\n\n2019 – 2022\n\n- Grew the team to 9\n\n## Education — University of Leeds\n\n- BSc Computing\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.length]), [["Co-Founder & CTO", "Brightloom Technologies", "Jun 2022 – Sep 2025", 1], ["Head of Platform", "Fourth Coffee Education", "2019 – 2022", 1]]);
    assert.equal(doc.sections.find((x) => x.heading.startsWith("Education"))?.kind, "education");
  });

  it("reads a bold title whose first word is a camel-case name, and no role in a label over a list of topics (held-out real document)", () => {
    assert.deepEqual(parseRoleLine("iOS Tech Lead - Snapchat", { heading: false, strongTitle: "iOS Tech Lead" }), { title: "iOS Tech Lead", employer: "Snapchat", dates: "" });
    assert.equal(parseRoleLine("optimized release processes, reducing lead time", { heading: false, strongTitle: "optimized release processes" }), undefined);
    assert.equal(parseRoleLine("Focus Areas: Feed Ads, Developer Efficiency, Cross-platform Engineering", { heading: false }), undefined);
    assert.equal(parseRoleLine("Platform Engineer: Fourth Coffee, Berlin, 2021 – Present", { heading: false })?.dates, "2021 – Present");
  });

  it("reads a bold field name under a role as a group of its bullets, not a role (held-out round 2)", () => {
    const doc = parseDocument("## Work Experience\n\n### Chief Technology Officer at Brightloom - 2018 to 2022\n\n**Leadership & Team Management**\n\n- Led three teams of 12 people.\n\n**Product Development & Engineering**\n\n- Shipped the mobile app to 40 stores.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.bullets.filter((b) => b.achievement).length]), [["Chief Technology Officer", 2]]);
  });

  it("reads a LinkedIn export's company line with the length of the stay and a legal form ending in a period ('**Acme, Inc.** | 2010 - 2011 · 1 yr'; real corpus)", () => {
    const doc = parseDocument("## Experience\n\n### Senior Frontend Developer\n\n**Tailspin Toys, Inc.** | 2010 - 2011 · 1 yr\nGreater Springfield Area\n\nBuilt the storefront used by 40 stores.\n\n### Web Developer\n\n**Fourth Coffee** | Feb 2008 - Apr 2010 · 2 yrs 3 mos\n\n- Wrote the ordering site.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.filter((b) => b.achievement).map((b) => b.line)]), [
      ["Senior Frontend Developer", "Tailspin Toys, Inc.", "2010 - 2011", [8]],
      ["Web Developer", "Fourth Coffee", "Feb 2008 - Apr 2010", [14]],
    ]);
  });

  it("reads '*Title*: what the job was' under a company heading, Portuguese month abbreviations, and a role's tools sub-heading as no achievements (held-out round 3)", () => {
    const text = "# Experiências de Trabalho\n\n## Tailwind Traders\n*Desenvolvedor Pleno*: criação de ferramentas internas e apoio às equipes de vendas na análise de indicadores comerciais.<br/>\nSet. 2011 - Dez. 2016\n\n### Tecnologias Utilizadas\n- C# .NET Framework\n- Postgres com PostGIS\n\n### Projetos\n- Reescrevi o motor de relatórios usado por 40 analistas.\n\n## Fourth Coffee\n*Especialista de Sistemas*: liderança e desenvolvimento de sistemas integrados.<br/>\nOut. 2023 - Ago. 2024\n";
    const doc = parseDocument(text);
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.filter((b) => b.achievement).map((b) => b.line)]), [
      ["Desenvolvedor Pleno", "Tailwind Traders", "Set. 2011 - Dez. 2016", [12]],
      ["Especialista de Sistemas", "Fourth Coffee", "Out. 2023 - Ago. 2024", []],
    ]);
    // Without their period, "out", "set" and "ago" are English words, not months.
    assert.equal(parseRoleLine("Rolled out 2023 plans", { heading: false }), undefined);
  });

  it("gives the bullets under 'As _Title_' to that stacked title, and no slash to an employer ('### Acme / 2013 - 2016'; held-out round 3)", () => {
    const text = "## Experience\n\n### Tailspin Toys / December 2013 - July 2016\n\n_Director of Engineering, September 2014 - July 2016_;\n_Software Engineer, December 2013 - September 2014_\n\nAs _Director of Engineering_\n\n- Grew the team from 4 to 12 engineers.\n\nAs _Software Engineer_\n\n- Built the ordering API.\n";
    const doc = parseDocument(text);
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.bullets.filter((b) => b.achievement).map((b) => b.line)]), [
      ["Director of Engineering", "Tailspin Toys", [10]],
      ["Software Engineer", "Tailspin Toys", [14]],
    ]);
  });

  it("reads H1 company headings when there are several ('# Atlas' then '**Senior Software Engineer** -- October 2023'; held-out round 4)", () => {
    const doc = parseDocument("# Tailspin\n\n**Senior Software Engineer** -- October 2023\n\n- Launched the card product to 4,000 customers.\n\n# Fourth Coffee\n\n**Full Stack Developer** -- December 2020\n\n- Built the ordering API.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.filter((b) => b.achievement).length]), [
      ["Senior Software Engineer", "Tailspin", "October 2023", 1],
      ["Full Stack Developer", "Fourth Coffee", "December 2020", 1],
    ]);
  });

  it("reads titles listed alone under a company heading as its roles, the items after each as its bullets (held-out round 4)", () => {
    const text = "# Experience\n\n### Tailspin (2023 – current)\n- Technical Product Manager for the Integrations team\n    - Defined the scope of work for 3 squads.\n- Conducting recruitment interviews\n\n### Fourth Coffee (2013 – 2022)\n- Lead Unity3D / C♯ developer\n    - Wrote the spline editor.\n- React/Next.js + MongoDB developer\n- Intern (C++)\n\n### Northwind (2010 – 2012)\n- Shipped the billing export.\n- Hiring manager for the data team\n";
    const doc = parseDocument(text);
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.bullets.filter((b) => b.achievement).map((b) => b.line)]), [
      ["Technical Product Manager", "Tailspin", [5, 6]],
      ["Lead Unity3D / C♯ developer", "Fourth Coffee", [10]],
      ["React/Next.js + MongoDB developer", "Fourth Coffee", []],
      ["Intern (C++)", "Fourth Coffee", []],
      // No title listed under it: the dated company heading is the role, with no title (fixture 39);
      // "Hiring manager for the data team" is no title.
      ["", "Northwind", [15, 16]],
    ]);
  });

  it("reads 'Title at <the heading's company>.' under a company heading as its role, with no dates (held-out round 4)", () => {
    const doc = parseDocument("# Jane Doe\n\n## Tailspin Cloud\n\nEngineering Manager at Tailspin Distributed Cloud.\n\n* Led a team of 10 on the storage product.\n\n## rideOS &mdash; routing\n\nFounding engineer at rideOS. Routing software for fleets.\n\n* Stood up the routing API.\n\n## Hobbies\n\nI play chess at a club.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.bullets.filter((b) => b.achievement).length]), [
      ["Engineering Manager", "Tailspin Distributed Cloud", 1],
      ["Founding engineer", "rideOS", 1],
    ]);
  });

  it("reads an HTML heading whose spans run over several lines, French 'actuel', and 'Lead développeur' as a title (held-out round 4)", () => {
    const text = "## Expériences professionnelles\n\n<h3 class=\"resume-heading\">\n    <span>Lead développeur full stack, Tailspin, télétravail</span>\n    <span>2016 - actuel</span>\n</h3>\n\n* Mené la refonte du CMS avec 4 développeurs.\n\n<h3 class=\"resume-heading\">\n    <span>Developpeur junior, Fourth Coffee, Trets</span>\n    <span>2011 - 2012</span>\n</h3>\n\n* Intégré les webservices REST.\n";
    const doc = parseDocument(text);
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.filter((b) => b.achievement).length]), [
      ["Lead développeur full stack", "Tailspin", "2016 - actuel", 1],
      ["Developpeur junior", "Fourth Coffee", "2011 - 2012", 1],
    ]);
  });

  it("reads HTML job cards: a page titled Work Experience, '<h2>' company, '<h3>' title, a metadata '<p>' with the dates, a '<p>' of prose as the role's paragraph (held-out round 4)", () => {
    const text = '---\ntitle: Work Experience\n---\n\n<div class="job-section">\n<h2>Tailspin</h2>\n<p class="company-duration"><strong>Full-time</strong></p>\n\n<div class="position">\n<h3>Member of Technical Staff - 3</h3>\n<p class="job-location"><strong>Fresno, CA</strong> | <strong>February 2019 - November 2021</strong></p>\n<p>Built the replication engine for the backup service used by 400 enterprise customers.</p>\n<p class="experience-description">Focused on distributed storage for the data platform group.</p>\n</div>\n';
    const doc = parseDocument(text);
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.filter((b) => b.achievement).map((b) => b.line)]), [["Member of Technical Staff - 3", "Tailspin", "February 2019 - November 2021", [12]]]);
  });

  it("reads a timeline shortcode whose theme puts the dates in 'header' and the title in 'badge', under 'Berufliche Erfahrungen' (held-out round 5)", () => {
    const text = '## Lebenslauf\n\n### Berufliche Erfahrungen\n\n{{< timelineItem icon="code" header="Apr 2019-heute" badge="C# Entwickler" >}}\n<ul>\n  <li>Wartung und Ausbau interner C#-Dienste</li>\n</ul>\n{{< /timelineItem >}}\n';
    const doc = parseDocument(text);
    assert.deepEqual(doc.roles.map((r) => [r.title, r.dates]), [["C# Entwickler", "Apr 2019-heute"]]);
  });

  it("reads titles in Russian, Portuguese and German that name no English word ('Ведущий специалист', 'Instrutor', 'Werkstudent'; held-out round 5)", () => {
    assert.equal(parseRoleLine("Ведущий специалист | 2015 - 2017", { heading: true })?.title, "Ведущий специалист");
    assert.equal(parseRoleLine("Instrutor | 2012 - 2014", { heading: true })?.title, "Instrutor");
    assert.equal(parseRoleLine("Werkstudent | 2010 - 2012", { heading: true })?.title, "Werkstudent");
  });

  it("reads an HTML table whose company cell spans the rows of its titles ('<td rowspan=3>'; held-out round 5)", () => {
    const text = "## Experience\n\n<table>\n<tr><th>Company</th><th>Role</th><th>Dates</th></tr>\n<tr><td>Tailspin</td><td>Staff Engineer</td><td>2020 - 2024</td></tr>\n<tr><td rowspan=3>Fourth Coffee</td></tr>\n<tr><td>Senior Engineer</td><td>2017 - 2020</td></tr>\n<tr><td>Software Engineer</td><td>2015 - 2017</td></tr>\n</table>\n";
    const doc = parseDocument(text);
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates]), [
      ["Staff Engineer", "Tailspin", "2020 - 2024"],
      ["Senior Engineer", "Fourth Coffee", "2017 - 2020"],
      ["Software Engineer", "Fourth Coffee", "2015 - 2017"],
    ]);
  });

  it("reads a date range in Russian, Spanish and German words ('С … по …', 'desde … hasta', 'seit … bis') (held-out round 2)", () => {
    assert.deepEqual(parseRoleLine("С 2023 по 2024: ООО «Ойл», ведущий инженер-программист", { heading: false }), { title: "ведущий инженер-программист", employer: "ООО «Ойл»", dates: "С 2023 по 2024" });
    assert.equal(parseRoleLine("Desarrollador | desde marzo 2019 hasta 2021", { heading: true })?.dates, "desde marzo 2019 hasta 2021");
    assert.equal(parseRoleLine("Entwickler | seit 2020 bis 2022", { heading: true })?.dates, "seit 2020 bis 2022");
  });

  it("reads Russian, Portuguese and Italian month names, and a lead title of up to three words before the noun (real corpus)", () => {
    assert.deepEqual(parseRoleLine("Lead Field Solutions AI Engineer | Сен 2024 – наст. время", { heading: true }), { title: "Lead Field Solutions AI Engineer", employer: "", dates: "Сен 2024 – наст. время" });
    assert.equal(parseRoleLine("Ведущий разработчик | марта 2019 – июль 2021", { heading: true })?.dates, "марта 2019 – июль 2021");
    assert.equal(parseRoleLine("Desenvolvedor Sênior | março 2019 - setembro 2021", { heading: true })?.dates, "março 2019 - setembro 2021");
    assert.equal(parseRoleLine("Sviluppatore | gennaio 2018 - luglio 2020", { heading: true })?.dates, "gennaio 2018 - luglio 2020");
  });

  it("reads a front matter list whose items give the description above the title key (Wowchemy; held-out round 2)", () => {
    const text = "---\nexperience:\n- company: Tailwind Traders\n  date_start: \"2022-10-22\"\n  description: |-\n    Leading four teams across ranking and measurement.\n    <br> <br> Grew the ranking team from 3 to 9 engineers.\n  title: Head of Discovery Engineering\n\n- company: Fourth Coffee\n  date_start: \"2019-01-01\"\n  date_end: \"2022-10-01\"\n  description: Built the pricing models used by 40 stores.\n  title: Senior Economist\n---\n";
    const doc = parseDocument(text);
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.line, r.bullets.map((b) => b.line)]), [["Head of Discovery Engineering", "Tailwind Traders", 8, [6, 7]], ["Senior Economist", "Fourth Coffee", 14, [13]]]);
  });

  it("reads the achievements a front matter lists as the roles' bullets, at their place in the file", () => {
    const text = read("24-front-matter-list.md");
    const doc = parseDocument(text);
    const [em, sse] = doc.roles;
    assert.deepEqual(em!.bullets.map((b) => b.line), [10, 11]);
    // A line that starts in lower case continues the one above; the bullet's text is the file's.
    assert.match(em!.bullets[1]!.plain, /^Cut the nightly load .* and the analytics guild on the new schedule\.$/);
    assert.equal(text.slice(em!.bullets[0]!.start, em!.bullets[0]!.end), "Grew the data platform team from 4 to 11 engineers across two time zones.");
    // "Engineering lead." is the title again, not an achievement.
    assert.deepEqual(sse!.bullets.map((b) => b.achievement), [true, false]);
  });

  it("reads a title 'in' a team and a dated list item whose tail is the stack", () => {
    assert.equal(parseRoleLine("Software Design Engineer in Test 2, Fabrikam, 2009 - 2012", { heading: false })?.title, "Software Design Engineer in Test 2");
    const doc = parseDocument("# CV\n\n* Aug 2019 - Jan 2022 &mdash; Software Engineer at [Quarry Lane](https://example.com) &mdash; Haskell, Elm, Nix, AWS\n\n  Quarry Lane computes payroll for 300 companies.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.length]), [["Software Engineer", "Quarry Lane", "Aug 2019 - Jan 2022", 1]]);
  });

  it("reads French 'chez', a note in brackets after the employer, and a place with a duration on the dates line", () => {
    assert.deepEqual(parseRoleLine("Product Owner chez Brightloom (freelance)", { heading: true }), { title: "Product Owner", employer: "Brightloom", dates: "" });
    const doc = parseDocument("## Expérience professionnelle\n\n### Product Manager chez [Quarry Lane](https://example.com) (freelance)\n**Lyon, France / Feb 2021 - Dec 2021 (11 mois)**\n\nJ'ai géré l'API de paiement.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates]), [["Product Manager", "Quarry Lane", "Feb 2021 - Dec 2021"]]);
  });

  it("reads a list of past employers, each in bold with a dash and what was done there, and not a bold label", () => {
    const doc = parseDocument("## Past Roles\n\n* **[Brightloom](https://example.com)** - Led a team building the storefront's search.\n\n* **Fenlow Cloud** - Individual contributor on the storage drivers for three years.\n\n---\n\nVisit my LinkedIn profile for more information.\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.bullets.length]), [["", "Brightloom", 1], ["", "Fenlow Cloud", 1]]);
    assert.ok(doc.bullets.every((b) => b.achievement || /LinkedIn/.test(b.plain)));
    const label = parseDocument("## Work\n\n- **Load testing** - I co-ran the load test season before the sales week.\n");
    assert.equal(label.roles.length, 0);
  });

  it("reads a promotion on one line as two roles, and a title's employer and dates on the line below", () => {
    const doc = parseDocument("## Experience\n\n**Brightloom**\nSenior Software Engineer → Engineering Manager\n2018 – 2021\n- Grew the team from 3 to 8 engineers.\n\n### **Co-Founder / Ruby on Rails Developer**\n**Fenlow Cloud** | 01/2015 - 12/2017 | Leeds, UK\n\n- Built the booking engine that 40 clinics use.\n");
    assert.deepEqual(
      doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.length]),
      [
        ["Senior Software Engineer", "Brightloom", "2018 – 2021", 0],
        ["Engineering Manager", "Brightloom", "2018 – 2021", 1],
        ["Co-Founder / Ruby on Rails Developer", "Fenlow Cloud", "01/2015 - 12/2017", 1],
      ],
    );
    assert.equal(doc.roles[0]!.line, doc.roles[1]!.line);
  });

  it("reads list items inside an HTML block and an indented block as bullets, with their text unmasked and wrapped lines joined", () => {
    const doc = parseDocument(read("30-html-indented.md"));
    const last = doc.roles[2]!.bullets[0]!;
    assert.equal(last.plain, "Designed the ingest pipeline, cutting batch time from hours to seconds.");
    assert.equal(doc.roles[0]!.bullets[1]!.plain, "Result: Moved two data centres with no downtime.");
    // An indented sample of code with "- " lines stays code.
    const yamlSample = parseDocument("## Experience\n\n### Engineer, Acme, 2020 - 2022\n\nThe pipeline config:\n\n    steps:\n    - name: build\n    - name: test\n");
    assert.equal(yamlSample.bullets.filter((x) => x.achievement).length, 0);
    // A fenced résumé's bullets are its text, without the marks; fenced code stays code.
    const pasted = parseDocument(read("31-fenced-plain.md"));
    assert.equal(pasted.roles[0]!.bullets[1]!.plain, "Cut deploy time from 2 hours to 9 minutes, with the platform team.");
    assert.ok(pasted.bullets.every((b) => !b.plain.includes("npm")));
    const fenced = parseDocument("## Experience\n\n### Engineer, Acme, 2020 - 2022\n\n```\n- not a bullet\n```\n");
    assert.equal(fenced.bullets.length, 0);
  });

  it("ends a role at a dated timeline item that is no role, and an experience section at an Education sub-heading", () => {
    const doc = parseDocument("# CV\n\n* Oct 2023 - Feb 2026 &mdash; Developer at Brightloom &mdash; Go\n\n  Built the matching service.\n\n* Mar 2023 - Oct 2023 &mdash; Break\n\n  Travelled and wrote a renderer.\n\n## Experience\n\n### Staff Engineer — Quarry Lane (2019–2023)\n\n- Moved 40 services.\n\n### Education\n\n- BSc Computing, Lakeside University, 2015\n");
    assert.deepEqual(doc.roles.map((r) => [r.title, r.bullets.map((b) => b.line)]), [["Developer", [5]], ["Staff Engineer", [15]]]);
    assert.equal(doc.sections.find((x) => x.heading === "Education")?.kind, "education");
    assert.ok(doc.bullets.filter((b) => b.line >= 7 && b.line <= 9).every((b) => !b.achievement && !b.role));
  });

  it("reads a résumé's list items written as block quotes, and leaves a template's bracketed instruction out", () => {
    const doc = parseDocument("## Experience\n\n### Staff Engineer — Brightloom (2019–2023)\n\n- > __Platform__ - Moved 40 services to one deploy pipeline with the SRE team.\n- > __Hiring__ - Hired 6 engineers.\n- [If you want to add more wins, add them here]\n");
    assert.deepEqual(doc.roles[0]!.bullets.map((b) => [b.line, b.achievement]), [[5, true], [6, true], [7, false]]);
  });

  it("reads a bold name alone under a role heading as its employer, and a list under 'Areas:' as topics, not achievements", () => {
    const doc = parseDocument("## Experience\n\n### Founder\n**Fenlow Cloud Services / consulting**  \n2015 - 2017  \nRan the consulting arm for 12 clients.\n\nAreas:\n\n- Performance optimisation\n- Observability\n\nAchievements:\n\n- Cut a client's cloud bill by 30%.\n");
    const r = doc.roles[0]!;
    assert.deepEqual([r.title, r.employer, r.dates], ["Founder", "Fenlow Cloud Services / consulting", "2015 - 2017"]);
    assert.deepEqual(r.bullets.filter((x) => x.achievement).map((x) => x.line), [6, 15]);
    // A year in review's "Some books I enjoyed:" list holds no achievements either.
    const year = parseDocument("# 2024 in review\n\n## Wins\n\n- Shipped the billing API for 40 customers.\n\nI read a lot this year. Some books I enjoyed:\n\n- Atomic Habits\n- Deep Work\n", { kind: "promo" });
    assert.deepEqual(year.bullets.filter((x) => x.achievement && x.depth === 0 && !x.paragraph).map((x) => x.line), [5]);
  });

  it("reads the items under a technical-environment label ('**Environnement technique** :', 'Technologien:') as tools, no achievements (held-out round 12)", () => {
    const doc = readDocument(read("97-technical-environment-label.md")).doc;
    const achievement = (line: number) => doc.bullets.find((x) => x.line === line)?.achievement;
    assert.deepEqual([8, 9].map(achievement), [true, true]);
    assert.deepEqual([12, 13, 14, 15].map(achievement), [false, false, false, false]);
    const de = parseDocument("## Erfahrung\n\n### Entwickler – Acme (2019 – 2023)\n\n- Neuen Checkout gebaut\n\nTechnologien:\n\n- Go, Kafka\n- ELK stack\n");
    assert.deepEqual([5, 9, 10].map((line) => de.bullets.find((x) => x.line === line)?.achievement), [true, false, false]);
  });

  it("reads a labelled field that names tools ('- **Frontend**: Svelte') as no achievement, and a STAR list's labelled items as achievements (held-out round 12)", () => {
    const doc = readDocument(read("98-labelled-field-names.md")).doc;
    const achievement = (line: number) => doc.bullets.find((x) => x.line === line)?.achievement;
    assert.deepEqual([7, 8, 9, 10].map(achievement), [true, false, false, false]);
    // (The situation is background, as before: isContextLabelled.)
    assert.deepEqual([14, 15, 16].map(achievement), [false, true, true]);
  });

  it("reads a JSON Resume's basics.highlights (strings or { title, content }) as the career's achievements, no role's (held-out round 12)", () => {
    const doc = readDocument(read("99-json-resume-basics-highlights.md")).doc;
    const loose = doc.bullets.filter((x) => !x.role).map((x) => [x.line, x.plain, x.achievement]);
    assert.deepEqual(loose, [
      [12, "Grew the data platform team from three engineers to eleven.", true],
      [14, "Cut the warehouse bill by a third in one quarter.", true],
    ]);
  });

  it("gives an item labelled with one of the titles held at an employer ('* **Mobile team lead**: …') to that title's role (held-out round 13)", () => {
    const doc = parseDocument(read("110-labelled-items-stacked-titles.md"));
    assert.deepEqual(doc.bullets.filter((x) => x.label).map((x) => [x.line, x.role?.title]), [[11, "Backend Developer"], [12, "Team Lead"], [13, "Head of Engineering"], [14, "Head of Engineering"]]);
  });

  it("reads a form's questions ('## Peer Feedback Questions') as the author's answers, feedback received ('## Feedback received') as context (held-out round 13)", () => {
    assert.equal(sectionKindOf("Workday Feedback Questions"), undefined);
    assert.equal(sectionKindOf("Feedback received"), "context");
    const doc = parseDocument(read("112-feedback-form-questions.md"));
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement]), [[7, false], [9, true], [11, false], [13, true], [17, false]]);
  });

  it("reads a daily log whose headings name the weekday and the date ('## Friday 2019-11-01') as a brag document, each day's items its claims (held-out round 14)", () => {
    const doc = parseDocument(read("120-daily-log-weekday-headings.md"));
    assert.equal(doc.kind, "promo");
    assert.deepEqual(doc.bullets.filter((x) => x.achievement).map((x) => x.line), [4, 5, 9, 10, 11, 15]);
  });

  it("reads a promo form's prompts, in italics and spoken to 'you', as no bullet, and the author's italic lines as theirs (held-out round 13)", () => {
    const doc = parseDocument(read("113-form-prompts-italic.md"));
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement]), [[7, true], [13, true], [15, true]]);
  });

  it("reads a short line wholly in bold in a promo packet ('**A: Team health**') as a group's label, one that says what was done as an achievement (held-out round 13)", () => {
    const doc = parseDocument(read("114-promo-bold-group-labels.md"));
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement]), [[3, false], [5, true], [7, false], [9, true], [11, true]]);
  });

  it("reads a bullet set in bold with its label in a promo packet ('**• Ship It Together**') as the group's label, the text below it as the item (held-out round 13)", () => {
    const doc = parseDocument(read("108-promo-bold-glyph-labels.md"));
    assert.equal(doc.kind, "promo");
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement]), [[5, false], [6, true], [8, false], [9, true], [11, false], [12, true]]);
  });

  it("reads a review form's questions ('**What are you most proud of …?**') as no achievements, the answers under them as achievements (held-out round 13)", () => {
    const doc = parseDocument(read("102-review-form-questions.md"));
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement]), [[5, false], [7, true], [9, false], [11, true], [13, false], [15, true]]);
    // A project told as a question is still a line about the work, not one asked of the reader.
    assert.equal(parseDocument("# Brag\n\n## Wins\n\n- Pollcat - a poll app asking where everyone wants to go, the beach or the hills?\n").bullets[0]!.achievement, true);
  });

  it("reads a document named an end-of-year, year-end or mid-year review as a promotion-style document (held-out round 13)", () => {
    assert.equal(parseDocument(read("101-end-of-year-review-kind.md")).kind, "promo");
    assert.equal(parseDocument("# Year-End Review 2024\n\n## Objectives\n\n- Cut the deploy time to eight minutes.\n").kind, "promo");
    assert.equal(parseDocument("# Mid-Year Review\n\n- Mentored two new engineers.\n").kind, "promo");
  });
  it("reads a Japanese title looking back on a year ('2025年を振り返って', as '2022年の振り返り') as a promotion-style document (held-out round 19)", () => {
    assert.equal(parseDocument(read("188-japanese-looking-back-title-kind.md")).kind, "promo");
    assert.equal(parseDocument("# 2024年の振り返り\n\n- 検索基盤を移行した。\n").kind, "promo");
    // A résumé's headings keep its kind.
    assert.equal(parseDocument("# 職務経歴書\n\n## 職務経歴\n\n### 株式会社ハナミズキ (2019 - 現在)\n\n- 検索基盤を移行した。\n").kind, "resume");
  });
  it("reads a post titled for the year's end in Spanish or Portuguese ('Mi resumen del año', 'Fin de año en el equipo', 'Retrospectiva do ano') and a page titled with a year alone ('2023') as promotion-style documents (held-out round 25)", () => {
    assert.equal(parseDocument(read("262-spanish-year-end-title-kind.md")).kind, "promo");
    assert.equal(parseDocument(read("263-year-alone-title-kind.md")).kind, "promo");
    assert.equal(parseDocument("# Retrospectiva do ano\n\nMudei de equipe.\n\n- Migrei o sistema de pagamentos.\n").kind, "promo");
    // A résumé keeps its kind: its sections say so, and a year alone further down is no title.
    assert.equal(parseDocument("# Ana Silva\n\n## Experiencia\n\n### Jefa de equipo — Kestrel Viajes (2019 – 2023)\n\n- Lancé el buscador.\n\n## 2018\n\n- Curso de Go.\n").kind, "resume");
  });
  it("reads a post titled with a year told ('2025 was a busy year', no headings) as a promotion-style document (held-out round 19)", () => {
    assert.equal(parseDocument(read("189-year-was-title-kind.md")).kind, "promo");
    assert.equal(parseDocument("# 2022 was my year of open source\n\n- [Tern](https://example.com) - A site builder.\n- [Skerry](https://example.com) - A puzzle engine.\n").kind, "promo");
    // A résumé's dated heading that is no year told keeps its kind.
    assert.equal(parseDocument("# Ana Silva\n\n## Experience\n\n### Staff Engineer — Acme (2019 – 2023)\n\n- Led the move to Kafka.\n\n## Awards\n\n### 2021 Engineer of the Year\n").kind, "resume");
  });
  it("reads a title's heading over its employer's and its dates' as one role, a line of links under it as no achievement; a section's heading, or a name's, in that shape is none (held-out round 21)", () => {
    const doc = parseDocument(read("200-title-employer-dates-headings.md"));
    assert.deepEqual(doc.roles[0]!.bullets.map((x) => [x.line, x.achievement]), [[11, true], [13, false]]);
    assert.deepEqual(parseDocument("# Staff Engineer\n## Experience\n### 2019 – 2023\n\nBuilt the billing service.\n").roles.map((r) => r.employer), []);
    assert.deepEqual(parseDocument("# Ana Silva\n## Larkspur Health\n### 2019 – 2023\n\nBuilt the billing service.\n").roles.map((r) => r.title), []);
    // Under "## Education", a degree, its school and its years in that shape are no job.
    assert.deepEqual(parseDocument("# Ana Silva\n\n## Education\n\n#### Software Engineer Apprentice\n##### Northfield College\n###### 09/2015 - 07/2017\n\nLearnt to run networks.\n").roles, []);
  });
  it("reads a Chinese CV whose sentences are Chinese and whose skills and tools are named in Latin letters as Chinese, not French (held-out round 21)", () => {
    assert.equal(parseDocument(read("203-chinese-cv-latin-tool-names-language.md")).language.code, "zh");
    // A French CV with a Chinese employer's name in it stays French.
    const fr = "# Léa Martin\n\n## Expérience professionnelle\n\n### Développeuse — 青禾数据 (2019 – 2023)\n\n- J'ai conçu et développé la plateforme de paiement avec une équipe de cinq personnes.\n- J'ai réduit le temps de déploiement de moitié grâce à l'intégration continue.\n- J'ai accompagné les nouveaux arrivants et animé les revues de code chaque semaine.\n";
    assert.equal(parseDocument(fr).language.code, "fr");
  });
  it("reads a label over Chinese clauses parted by ASCII commas as an achievement, not a list of names; the tools' label and a team's size stay none (held-out round 21)", () => {
    const doc = parseDocument(read("204-chinese-label-comma-clauses-item.md"));
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement]), [[8, true], [9, false], [10, false]]);
  });
  it("knows the common titles of the languages résumés are written in, and a course, a training or an apprenticeship named with a title is none (held-out rounds 1-21)", () => {
    const titles = [
      "Gastdozent", "Prodekan", "Produktverantwortlicher Enterprise Integration", "Wissenschaftlicher Assistent", "Doktorandin", "Lehrbeauftragte", "Produktmanagerin", "Inhaber",
      "Chargée de mission", "Maître de conférences", "Enseignant-chercheur", "Doctorante", "Technicienne réseau", "Administrateur systèmes",
      "Subdirector IT", "Vicepresidente", "Catedrático", "Auxiliar de aula", "Coordinadora", "Tutora",
      "Contador", "Agente Administrativo", "Pesquisadora", "Professora", "Assessor técnico",
      "Ricercatrice", "Sistemista", "Dottorando", "Progettista software",
      "Softwareontwikkelaar", "Medewerker IT", "Teamleider", "Onderzoeker",
      "Programistka", "Specjalista IT", "Stażysta", "Analityk danych",
      "Тестировщик", "Системный администратор", "Начальник отдела", "Стажёр", "Доцент",
      "Програміст", "Інженер", "Викладач", "Тестувальниця",
      "Yazılım Uzmanı", "Yazılım Mimarı", "Araştırma Görevlisi", "Öğretim Görevlisi", "Ekip Lideri",
      "백엔드 개발자", "소프트웨어 엔지니어", "개발팀 팀장", "선임연구원", "대표이사",
      // Compounds: German and Dutch.
      "Feinwerkmechanikerin", "Qualitätsverantwortlicher", "Vertriebsmitarbeiter", "Industriekaufmann", "Applicatiebeheerder", "Projectmedewerker",
      // Military ranks.
      "Lieutenant, United States Coast Guard", "Sergeant", "Leutnant der Reserve", "Teniente", "Лейтенант",
    ];
    assert.deepEqual(titles.filter((t) => !isTitleText(t)), []);
    for (const t of ["Curso de Auxiliar Administrativo", "Formação Analista de Dados com Python e SQL", "Lehre als Applikationsentwickler", "Ausbildung zum Fachinformatiker", "Course in Software Engineering", "Leider nicht", "Gespräche mit Mitarbeitern"]) assert.equal(isTitleText(t), false, t);
    assert.equal(isTitleText("Training Manager"), true);
  });
  it("knows the Chinese and Japanese titles of a company's, a department's or a school's head, its teachers and its staff, and no exam's name or sentence (held-out rounds 14, 20)", () => {
    const titles = ["代表取締役", "統括部長", "部長", "課長", "執行役員", "技術長", "技术长", "董事長", "副总裁", "首席技术官", "院长", "教授", "准教授", "講師", "助教", "博士后", "研究者", "产品专员", "研究助理", "UI設計師", "数据分析师", "プログラマー", "インターン"];
    assert.deepEqual(titles.filter((t) => !isTitleText(t)), []);
    for (const t of ["ネットワークスペシャリスト", "雇主是某幼儿园校长", "大学在学中に教授の研究室で、データ分析を担当"]) assert.equal(isTitleText(t), false, t);
  });
  it("knows the experience section's name in the languages résumés are written in, and Korean sections", () => {
    for (const h of ["Wissenschaftlicher Werdegang", "Berufliche Stationen", "Expériences", "Parcours professionnel", "Experiencias", "Trayectoria laboral", "Trajetória profissional", "Percorso professionale", "Loopbaan", "Werkgeschiedenis", "Historia zatrudnienia", "Места работы", "Трудовая деятельность", "Професійний досвід", "Çalışma Deneyimi", "經歷", "任职经历", "経歴", "略歴", "경력", "경력 사항"]) assert.equal(sectionKindOf(h), "experience", h);
    assert.deepEqual(["자기소개", "기술 스택", "학력", "프로젝트"].map((h) => sectionKindOf(h)), ["summary", "skills", "education", "projects"]);
    assert.deepEqual(["İş Deneyimi", "İŞ DENEYİMİ", "EĞİTİM"].map((h) => sectionKindOf(h)), ["experience", "experience", "education"]);
  });
  it("knows a section of other activities or volunteering in the languages résumés are written in as one of no jobs", () => {
    for (const h of ["Other activities", "Otras actividades", "Outras atividades", "Autres activités", "Altre attività", "Ehrenamtliches Engagement", "Voluntariado", "Bénévolat", "Vrijwilligerswerk", "Wolontariat", "Волонтёрство", "Gönüllülük", "社会活动", "봉사활동"]) assert.equal(sectionKindOf(h), "publications", h);
  });
  it("reads a heading with no space after its hashes over a paragraph's next lines ('###Moving to Management' then 'Once I took the team …') as a heading, the lines after it a paragraph of its own (held-out round 25)", () => {
    const doc = parseDocument("---\ntitle: My year\n---\n\nA year of change.\n\n###Moving to Management\nOnce I took the team over, I hired two engineers.\n\n###Reading List\n\n- Links\n");
    assert.deepEqual(doc.sections.filter((x) => x.depth).map((x) => [x.heading, x.depth]), [["Moving to Management", 3], ["Reading List", 3]]);
    assert.ok([...doc.proseBlocks, ...doc.bullets].some((x) => x.plain.startsWith("Once I took the team over")));
    // A hashtag has one hash: "#release" over a line is no heading.
    assert.deepEqual(parseDocument("# Notes\n\n#release\nShipped it.\n").sections.filter((x) => x.depth > 1), []);
  });
  it("knows 'Conhecimentos' (knowledge) as the skills and 'TL;DR' as the summary (held-out round 27)", () => {
    for (const h of ["Conhecimentos em Informática:", "Conhecimentos Técnicos", "Conhecimentos"]) assert.equal(sectionKindOf(h), "skills", h);
    for (const h of ["TL;DR", "TL;DR ([EN](/cv) | PL)"]) assert.equal(sectionKindOf(h), "summary", h);
  });
  it("knows a section of talks or conferences in the languages résumés are written in as one of no jobs (held-out round 25)", () => {
    for (const h of ["Charlas y Conferencias", "Ponencias", "Palestras", "Conférences", "Vorträge", "Konferenzen", "Conferenze", "Выступления и доклады"]) assert.equal(sectionKindOf(h), "publications", h);
  });
  it("reads a list under a label of the skills a role gave ('**Habiletés développées :**', 'Skills gained:') as skills named, no achievements (held-out round 21)", () => {
    const doc = parseDocument(read("205-skills-developed-label-list.md"));
    assert.deepEqual(doc.roles.map((r) => [r.title, r.bullets.filter((x) => x.achievement).map((x) => x.line)]), [["Développeuse Sénior", [10, 11]], ["Developer", []]]);
  });
  it("reads a CV named in Chinese ('# 陈思远简历', résumé) with its experience and education sections as a résumé, its '## 自我评价' (self-assessment) the résumé's summary (held-out round 21)", () => {
    assert.equal(parseDocument(read("197-chinese-dated-item-italic-title.md")).kind, "resume");
    assert.equal(parseDocument("# 王伟的简历\n\n## 教育经历\n\n* 复旦大学\n\n## 自我评价\n\n* 善于沟通。\n").kind, "resume");
    // A year's self-review keeps its kind.
    assert.equal(parseDocument("# 2024年度个人年终总结\n\n## 自我评价\n\n- 完成需求70个。\n").kind, "promo");
  });
  it("reads a Portuguese title of achievements ('# Name - Conquistas Técnicas', as 'Accomplishments') as a promotion-style document (held-out round 20)", () => {
    assert.equal(parseDocument(read("196-portuguese-conquistas-title-kind.md")).kind, "promo");
    // A Portuguese résumé with a section of its wins ("## Conquistas") keeps its kind: only "conquistas técnicas" names the document.
    assert.equal(parseDocument("# Ana Silva\n\n## Experiência Profissional\n\n### Engenheira de Software — Acme (2019 – 2023)\n\n- Migrei o sistema para Kafka.\n\n## Formação\n\n- Engenharia, USP\n\n## Conquistas\n\n- Prêmio de inovação 2021\n").kind, "resume");
  });
  it("reads a log whose headings are each a day and what was done ('## 2025-11-27: Halved the Nightly Build') as a promotion-style document, each entry's paragraph an achievement (held-out round 18)", () => {
    const doc = parseDocument(read("170-day-entry-log-kind.md"));
    assert.equal(doc.kind, "promo");
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement]), [[3, false], [9, true], [15, true], [21, true]]);
    assert.equal(parseDocument("# Notes\n\n## March 4, 2024 - Shipped billing\n\nShipped it.\n\n## March 11, 2024 - Fixed search\n\nFixed it.\n").kind, "promo");
    // A résumé whose role headings open with a day stays a résumé (its roles are read).
    assert.equal(parseDocument("# Ana Silva\n\n## Experience\n\n### 2019-03-01 Staff Engineer, Brightloom\n\n- Led the move to Kafka.\n\n### 2016-01-04 Engineer, Quarry\n\n- Built the API.\n").kind, "resume");
  });
  it("reads a title that is a repository's name, its words joined by hyphens ('# Platform-Team-Accomplishments'), by its words: a promotion-style document (held-out round 18)", () => {
    const doc = parseDocument(read("171-repo-name-title-kind.md"));
    assert.equal(doc.kind, "promo");
    const items = doc.bullets.filter((x) => x.achievement).map((x) => x.line);
    for (const line of [5, 6, 7]) assert.ok(items.includes(line), `line ${line} in ${items.join(",")}`);
    // A repository named for its code ("# Ledger-Service-Tools") names no kind.
    assert.equal(parseDocument("# Ledger-Service-Tools\n\n- Run the migrations first.\n- Then start the workers.\n").kind, "resume");
  });
  it("reads an HTML list item whose text stands on the lines between '<li>' and '</li>' (or the block's end) as an item, all its lines (held-out round 18)", () => {
    const text = read("172-html-items-own-lines.md");
    const doc = parseDocument(text);
    assert.deepEqual(doc.bullets.filter((x) => x.achievement && x.line > 3).map((x) => x.line), [7, 11, 14]);
    assert.match(doc.bullets.find((x) => x.line === 7)!.plain, /by splitting the work across partitions\.$/);
    assert.doesNotMatch(doc.bullets.find((x) => x.line === 14)!.text, /<\/?li/);
  });
  it("reads notes whose sections open with a review form's questions to the person ('How did you grow in your craft during these twelve months?'), no role, as a promotion-style document (fixture 281, held-out round 27)", () => {
    const doc = parseDocument(read("281-review-questions-kind.md"));
    assert.equal(doc.kind, "promo");
    // One question alone tells nothing: a résumé's FAQ line stays a résumé's.
    assert.equal(parseDocument("# Ana Silva\n\n## Notes\n\nWhat would you like to build next?\n\n- Go, Kafka\n").kind, "resume");
  });
  it("reads a brag document's paragraph of lines each opening with an issue's key ('[LEDG-118] Split the settlement batch …', 'LEDG-140: …') as one item a line (fixture 283, held-out round 27)", () => {
    const doc = parseDocument(read("283-ticket-lines-brag.md"));
    assert.equal(doc.kind, "promo");
    assert.deepEqual(doc.bullets.filter((x) => x.achievement && x.section.heading === "Accomplishments").map((x) => x.line), [6, 7, 8]);
  });
  it("reads a page of achievements alone ('## Key Projects and Achievements', no other section, no role) as a promotion-style document (held-out round 18)", () => {
    const doc = parseDocument(read("178-achievements-only-page-kind.md"));
    assert.equal(doc.kind, "promo");
    assert.deepEqual(doc.bullets.filter((x) => x.achievement).map((x) => x.line), [10, 12, 14]);
    // A résumé's Achievements section among its others stays a résumé's.
    assert.equal(parseDocument("# Ana Silva\n\n## Skills\n\n- Go, Kafka\n\n## Achievements\n\n- Won the 2021 hackathon.\n").kind, "resume");
  });
  it("reads a year at a job marked ('My first Quillfern-iversary', 'work anniversary') as a promotion-style document (held-out round 17)", () => {
    const doc = parseDocument(read("168-work-anniversary-kind.md"));
    assert.equal(doc.kind, "promo");
    const items = doc.bullets.filter((x) => x.achievement).map((x) => x.line);
    for (const line of [10, 11, 12]) assert.ok(items.includes(line), `line ${line} in ${items.join(",")}`);
    assert.equal(parseDocument("# Two-year work anniversary\n\n- Shipped the new billing flow.\n- Hired 3 engineers.\n").kind, "promo");
  });
  it("reads a year's report ('# Open Source Mentorship 2024 - Report', 'GSoC 2017 Report') and 'This Year's Projects' as promotion-style documents (held-out round 15)", () => {
    const doc = parseDocument(read("130-year-report-kind.md"));
    assert.equal(doc.kind, "promo");
    assert.deepEqual(doc.bullets.filter((x) => x.achievement).map((x) => x.line), [11, 12, 13, 17]);
    assert.equal(parseDocument("# This Year's Data Platform Projects\n\n## Project 1: Ledger export\n\n- Built the nightly export for finance.\n").kind, "promo");
    // A résumé's publication named so stays one heading among the résumé's.
    assert.equal(parseDocument("# Ana Silva\n\n## Experience\n\n### Staff Engineer — Acme (2020 – 2024)\n\n- Led the move to Kafka.\n\n## Publications\n\n### State of Testing 2022 Report\n").kind, "resume");
  });
  it("reads a weekly log ('### What went well') and a year's retrospective ('## Lessons learned', '## Looking forward') as promotion-style documents (held-out round 11)", () => {
    assert.equal(parseDocument(read("81-weekly-log-kind.md")).kind, "promo");
    const review = parseDocument("---\ntitle: \"Shipping and Sketching 2025: Notes From a Busy Year\"\n---\n\n## Achievements\n\n- Moved the blog to a static site.\n\n## Lessons Learned\n\n- Small releases are easier to review.\n\n## Looking Forward\n\n- Finish the plugin.\n");
    assert.equal(review.kind, "promo");
    // A résumé with a project's lessons learned stays a résumé.
    const cv = parseDocument("# Experience\n\n### Staff Engineer — Brightloom (2019–2023)\n\n- Moved 40 services to one pipeline.\n\n## Education\n\n## Lessons learned\n\n- Ship small.\n");
    assert.equal(cv.kind, "resume");
  });

  it("reads a line of tools over a role's intro sentence ('**Stack / Tools:** Go, Kafka' then 'Joined as …') as an item of its own, no achievement, the sentence as the next (held-out round 16)", () => {
    const doc = parseDocument(read("157-tools-line-over-intro.md"));
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement]), [[2, false], [3, true], [4, true], [7, false], [8, true]]);
  });

  it("reads 'Используемые технологии' and 'Стек технологий' under a role as the tools it used, no achievements (held-out round 16)", () => {
    const doc = parseDocument(read("155-russian-tools-subheadings.md"));
    assert.deepEqual(doc.bullets.map((x) => [x.line, x.achievement]), [[7, true], [11, false], [12, false], [16, true], [20, false]]);
    assert.equal(sectionKindOf("Используемые технологии"), "skills");
  });

  it("reads a range left open with an ellipsis ('03.2021 - ...') as running to now (held-out round 16)", () => {
    const role = readDocument(read("153-quoted-title-dates-under-company.md")).doc.roles[0]!;
    assert.equal(endYear(role), 9999);
    assert.equal(takeDates("2019 – … then more").dates, "2019 – …");
  });

  it("masks kramdown's attribute lists ('{:target=\"_blank\"}', '{: .highlight}') as no text (held-out round 18)", () => {
    const doc = parseDocument(read("180-kramdown-attribute-list.md"));
    assert.equal(doc.bullets.find((x) => x.line === 11)!.plain.includes("{:"), false);
  });

  it("masks HTML, template syntax, link targets and emphasis markers without moving offsets", () => {
    const text = read("12-html-templates.md");
    const doc = parseDocument(text);
    for (const b of doc.bullets) {
      assert.equal(b.text.length, b.end - b.start);
      for (let i = 0; i < b.text.length; i++) {
        const m = b.text[i]!;
        if (m !== " " && m !== "\n" && m !== "\r") assert.equal(m, text[b.start + i]);
      }
      assert.doesNotMatch(b.text, /<span|\{\{|https?:/);
    }
    const emoji = doc.bullets.find((b) => b.plain.includes("🚀"));
    assert.ok(emoji);
    assert.equal(text.slice(emoji.start, emoji.end).endsWith("🚀."), true);
  });
});
