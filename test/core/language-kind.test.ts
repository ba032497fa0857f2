// DESIGN §2 and §2b on invented documents: the language finding (structure-only checks), the kinds of
// brag documents and logs, and no silent pass. Real parser, real engine, real rules.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { lint } from "../../src/engine/index.js";
import { datedLog, inferKind, normHeading, sectionKindOf } from "../../src/core/sections.js";
import { detectLanguage, languageSample, cyrillicKin } from "../../src/core/language.js";

const RU = `# Иван Петров

## Опыт работы

### Руководитель разработки — ООО «Северный ветер» (2020 — настоящее время)

- Руководил командой из восьми инженеров и выстроил процесс ревью кода для всех сервисов компании.
- Внедрил непрерывную интеграцию и сократил время выпуска новой версии с двух недель до одного дня.
- Наладил регулярные встречи один на один и планирование вместе с продуктовой командой.

### Ведущий разработчик — «Радуга Софт» (2016 — 2020)

- Разработал платёжный сервис, который обрабатывает заказы клиентов по всей стране без простоев.
- Значительно улучшил производительность поиска и помог коллегам освоить новые инструменты. TODO
`;

const PT = `# Ana Souza

## Experiência Profissional

### Engenheira de Software Sênior — Ipê Tecnologia (2019 — Atual)

- Liderei a migração do sistema de pagamentos para uma nova arquitetura baseada em eventos.
- Reduzi o tempo de resposta da API de consulta de pedidos com a equipe de plataforma.
- Orientei três pessoas desenvolvedoras durante o primeiro ano na empresa e revisei o trabalho delas.
`;

const EN = `# Robin Park

## Experience

### Engineering Manager — Lumen Freight (2021 – Present)

- Grew the platform team from 4 to 11 engineers and ran weekly 1:1s with each of them.
- Cut deploy time from 40 to 6 minutes with the infrastructure team.
- Significantly improved the on-call rotation.
`;

describe("language (DESIGN §2b)", () => {
  it("detects Russian and Portuguese résumés and leaves English ones English", () => {
    const sample = (t: string) => languageSample(lint(t).doc.bullets.map((b) => b.plain));
    assert.equal(detectLanguage(sample(RU)).code, "ru");
    assert.equal(detectLanguage(sample(PT)).code, "pt");
    assert.equal(detectLanguage(sample(EN)).code, "en");
  });

  it("a non-English document gets one info finding naming its language, and only structure checks", () => {
    for (const [text, name] of [[RU, "Russian"], [PT, "Portuguese"]] as const) {
      const r = lint(text, { override: { target: "EM6" } });
      const lang = r.findings.filter((f) => f.ruleId === "ladderlint" && /English-only/.test(f.message));
      assert.equal(lang.length, 1, name);
      assert.match(lang[0]!.message, new RegExp(`reads as ${name}`));
      assert.equal(lang[0]!.severity, "info");
      assert.equal(r.doc.lineCol(lang[0]!.start).line, 1);
      const wording = r.findings.filter((f) => !["ladderlint", "placeholder", "long-bullet", "confidential"].includes(f.ruleId));
      assert.deepEqual(wording.map((f) => f.ruleId), [], name);
      // Structure is still read.
      assert.ok(r.doc.roles.length >= 1, `${name}: roles read`);
    }
    // The placeholder check still runs on the Russian document.
    assert.ok(lint(RU).findings.some((f) => f.ruleId === "placeholder"));
  });

  it("an English document gets no language finding and its wording checks", () => {
    const r = lint(EN);
    assert.ok(!r.findings.some((f) => /English-only/.test(f.message)));
    assert.ok(r.findings.some((f) => f.ruleId === "vague-quantity"));
  });
});

// A CV told in tables: the reader reads no sentence, only lists of product and language names
// (which score as English); its headings say German.
const DE_TABLES = `# Jana Beispiel

## Persönliches

| **Wohnort** | Musterstadt |
| ----------- | ----------- |

## Beruflicher Werdegang

| **Zeitraum**       | **Position**                     | **Unternehmen**     |
| ------------------ | -------------------------------- | ------------------- |
| Seit März 2021     | Teamleiterin Softwareentwicklung | Beispiel Werke GmbH |
| Januar 2016 – 2021 | Entwicklerin für Webanwendungen  | Muster Logistik AG  |

## Weiterbildungen und Zertifikate

| **Jahr** | **Abschluss**                  |
| -------- | ------------------------------ |
| 2015     | Bachelor Wirtschaftsinformatik |

## Fähigkeiten und Interessen

### Fremdsprachen

- Deutsch (Muttersprache)
- Englisch (fließend)

### Werkzeuge und Entwicklungsumgebungen

- Docker, Kubernetes, Terraform, Grafana, PostgreSQL, Redis, Apache Kafka, Jenkins, GitLab CI
- Microsoft Office, IntelliJ IDEA, Visual Studio Code, Confluence, Jira Software

### Programmiersprachen

- Kotlin, TypeScript, Python, Go, Java (Spring Boot), React Native
`;
const EN_TABLES = DE_TABLES.replace("Persönliches", "Personal").replace("Beruflicher Werdegang", "Work Experience").replace("Weiterbildungen und Zertifikate", "Education and Certificates").replace("Fähigkeiten und Interessen", "Skills and Interests").replace("Fremdsprachen", "Languages").replace("Werkzeuge und Entwicklungsumgebungen", "Tools and Environments").replace("Programmiersprachen", "Programming Languages");

describe("language of a CV told in tables (DESIGN §2b)", () => {
  it("with no sentence to read, the headings tell the language: German headings over product lists read as German", () => {
    const r = lint(DE_TABLES, { override: { target: "EM6" } });
    const lang = r.findings.filter((f) => f.ruleId === "ladderlint" && /English-only/.test(f.message));
    assert.equal(lang.length, 1);
    assert.match(lang[0]!.message, /reads as German/);
    assert.deepEqual(r.findings.filter((f) => f.ruleId === "ladder-coverage").map((f) => f.message), []);
  });

  it("a log written as one table, with no heading to read, is told by its own words: a Russian brag log reads as Russian, not English nor Bulgarian (held-out round 5)", () => {
    const rows = [
      "| **Дата** | **Достижение** | **Масштаб** |",
      "| --- | --- | --- |",
      "| 2023-10-12 | Организация и ведение встреч команды по составлению плана обучения | департамент |",
      "| 2022-11 | Помощь в подготовке вводного курса для стажёров отдела | отдел |",
      "| 2022-05-22 | Урок в школе тимлида на тему инженерных практик и качества кода | департамент |",
      "| 2021-12-06 | Доклад на тему роли техлида в команде и как с этим быть дальше | департамент |",
      "| 2020-09-04 | Составил список тем для самостоятельной исследовательской работы студентов | группа |",
    ].join("\n");
    const r = lint(rows + "\n", { filename: "brag.md", override: { target: "EM6" } });
    const lang = r.findings.filter((f) => f.ruleId === "ladderlint" && /English-only/.test(f.message));
    assert.equal(lang.length, 1, JSON.stringify(r.findings.map((f) => f.message)));
    assert.match(lang[0]!.message, /reads as Russian/);
    assert.deepEqual(r.findings.filter((f) => f.ruleId === "ladder-coverage").map((f) => f.message), []);
  });

  it("a document whose English items each carry commentary in another script, a quarter of its letters and more, reads as that language (held-out round 5); a few names in another script do not", () => {
    const thai = "ผมตั้งเป้าหมายไว้แล้วแต่ยังทำไม่สำเร็จในปีนี้เพราะงานเยอะมาก";
    const items = ["Launch a data engineering bootcamp.", "Read at least 10 books.", "Organize 3 data meetups.", "Become a certified Kubernetes developer.", "Reach 300 people in the community forum."];
    const mixed = "# 2023\n\n## Goals\n\n" + items.map((i) => `- ${i} 👉 ${thai}`).join("\n") + "\n";
    const r = lint(mixed, { filename: "2023.md", override: { target: "EM6" } });
    const lang = r.findings.filter((f) => f.ruleId === "ladderlint" && /English-only/.test(f.message));
    assert.equal(lang.length, 1, JSON.stringify(r.findings.map((f) => f.message)));
    assert.match(lang[0]!.message, /reads as Thai/);
    assert.deepEqual(r.findings.filter((f) => f.ruleId === "ladder-coverage").map((f) => f.message), []);
    const names = "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n\n- Led the Москва and 東京 offices' merger for 40 engineers, cutting hiring time by half.\n- Hired 12 engineers and ran the promotion process for the platform group.\n";
    assert.ok(!lint(names, { override: { target: "EM6" } }).findings.some((f) => /English-only/.test(f.message)));
  });

  it("a Cyrillic sample franc calls Bulgarian or Ukrainian is Russian when it writes ы or э and no і, ї, є or ў", () => {
    assert.equal(cyrillicKin("bul", "Доклад на тему роли техлида: мы выступили"), "rus");
    assert.equal(cyrillicKin("bul", "Доклад по темата за ролята на техническия лидер"), "bul");
    assert.equal(cyrillicKin("ukr", "Доповідь про роль техліда, ми виступили"), "ukr");
    assert.equal(cyrillicKin("bel", "Даклад пра ролю тэхліда ў камандзе"), "bel");
    assert.equal(cyrillicKin("eng", "мы"), "eng");
  });

  it("the same CV with English headings stays English and keeps its ladder cues", () => {
    const r = lint(EN_TABLES, { override: { target: "EM6" } });
    assert.ok(!r.findings.some((f) => /English-only/.test(f.message)));
    assert.equal(r.coverage?.target, "EM6");
    // Its rows carry no achievement bullet: the engine says so, and ladder-coverage does not blame the
    // document for what was not read (issue 26); with one bullet read its English cues report.
    assert.ok(r.findings.some((f) => f.ruleId === "ladderlint" && /No achievement bullet was read/.test(f.message)));
    assert.ok(!r.findings.some((f) => f.ruleId === "ladder-coverage"));
    const withBullet = EN_TABLES.replace("## Education and Certificates", "## Highlights\n\n- Mentored 4 engineers to senior roles.\n\n## Education and Certificates");
    const r2 = lint(withBullet, { override: { target: "EM6" } });
    assert.ok(r2.findings.some((f) => f.ruleId === "ladder-coverage"), JSON.stringify(r2.findings.map((f) => f.ruleId)));
  });
});

describe("document kinds (DESIGN §2)", () => {
  const brag = `# Notes\n\n## Things\n\n- I shipped the new billing page with Sam and Priya.\n- I ran the incident review for the March outage.\n- My design doc for search was adopted by two teams.\n- I mentored our intern through her first launch.\n`;
  it("a brag document is promo: by its file name, its front-matter title, or its first-person voice", () => {
    assert.equal(lint(brag, { filename: "docs/brag-2024.md" }).kind, "promo");
    // A self-review under a plain name ("review.md", "annual-review-2024.md"; held-out round 2); a code
    // review guide is none.
    const notes = "Improved the docs.\n\nDevOps and security:\n\n- Locked packages to exact versions.\n- Sped up the auth lambda.\n";
    assert.equal(lint(notes, { filename: "review.md" }).kind, "promo");
    assert.equal(lint(notes, { filename: "annual-review-2024.md" }).kind, "promo");
    assert.notEqual(lint(notes, { filename: "docs/code-review.md" }).kind, "promo");
    assert.equal(lint(`---\ntitle: "My year in review (2024)"\n---\n\n- Shipped search.\n- Ran the offsite.\n`).kind, "promo");
    assert.equal(lint(brag).kind, "promo");
    assert.equal(lint(brag).findings.filter((f) => f.ruleId === "first-person").length, 0);
  });

  it("a post looking back on a year, or a list headed 'What have I done…', is promo; a heading naming a year otherwise is not (held-out round 9)", () => {
    const items = "\n\n## Platform guild\n\n- Organised two internal hack days.\n- Moved the build to a shared cache.\n- Wrote the onboarding guide for new joiners.\n";
    for (const title of ["Reflections on 2025", "Looking back at my 2024", "\"2023: a retrospective\"", "2022 on the balance", "2021 in review"]) {
      assert.equal(lint(`---\ntitle: ${title}\n---${items}`).kind, "promo", title);
    }
    assert.equal(lint(`# What have I done in Fabrikam?${items}`).kind, "promo");
    assert.notEqual(lint(`---\ntitle: Plans for 2025\n---${items}`).kind, "promo");
    assert.notEqual(lint(`# Conference talks 2023${items}`).kind, "promo");
  });

  it("a log with dated headings is promo; a résumé stays a résumé", () => {
    const log = `# Wins\n\n### 2025\n\n- Shipped the importer.\n\n### 2024\n\n- Led the on-call redesign.\n\n### 2023\n\n- Wrote the style guide.\n`;
    assert.equal(lint(log).kind, "promo");
    assert.equal(lint(EN).kind, "resume");
    assert.equal(lint(EN, { filename: "brag.md" }).kind, "resume", "headings decide before the file name");
    assert.equal(lint(brag, { filename: "resume.md" }).kind, "resume");
  });

  it("a year in review's 'What's next?' goals are context, not achievements (held-out round 6)", () => {
    const review = `# 2024 in review\n\n## The highlights\n\n- Shipped two apps that 3,000 people use.\n\n## What’s next?\n\n1. **Grow the newsletter to 3k subscribers.**\n2. **Ship a new solo app.**\n`;
    const doc = lint(review, { filename: "2024-in-review.md" }).doc;
    assert.deepEqual(doc.bullets.map((b) => [b.line, b.achievement]), [[5, true], [9, false], [10, false]]);
  });

  it("a weekly log whose headings are ISO dates ('Week of 2023-08-07') is promo (held-out round 6)", () => {
    const log = `# August 2023\n\n## Week of 2023-08-01\n\n- [Contract tests for the orders API](https://example.org/pr/12) @testing\n\n## Week of 2023-08-07\n\n- Migrated 9 component tests to the new runner\n\n## Week of 2023-08-14\n\n- Paired with the payments team on flaky checks\n`;
    assert.equal(lint(log, { filename: "2023/08-Aug-2023.md" }).kind, "promo");
  });

  it("a weekly log whose headings number the week in its year ('Week 14, 2026') is promo (held-out round 10)", () => {
    const log = `Each week, what went out.\n\n## Week 9, 2025*\n(Feb 22 - Feb 28)\n\n- Work\n  - Rolled the new quota screen out to every tenant.\n\n## Week 8, 2025\n(Feb 15 - Feb 21)\n\n- Work\n  - Fixed the flaky export job.\n\n## Week 7, 2025\n(Feb 8 - Feb 14)\n\n- Side project\n  - Tagged the first release of the feed reader.\n`;
    assert.equal(lint(log, { filename: "shipped/index.md" }).kind, "promo");
    // A heading that is only a week's number names no date.
    assert.equal(datedLog(["week 3", "week 4"]), false);
  });

  it("a year's review titled in Chinese or Japanese ('2025年度个人年终总结', '2023年の振り返り') is promo (held-out round 7)", () => {
    const zh = `---\ntitle: 2025年度个人年终总结\n---\n\n## 业绩回顾\n\n- 完成需求70个，其中高优先级占比65%\n- 站点性能提升40%\n`;
    const ja = `---\ntitle: 2023年の振り返り\n---\n\n## 本業でやっていたこと\n\n### 決済基盤の刷新\n\n決済基盤の刷新プロジェクトをリードし、障害件数を半分にした。\n`;
    assert.equal(lint(zh, { filename: "slides.md" }).kind, "promo");
    assert.equal(lint(ja, { filename: "index.md" }).kind, "promo");
    // A résumé's section that names a summary is no such title.
    assert.equal(lint(`# 王伟\n\n## 工作经历\n\n### 高级前端工程师 | 青木科技 | 2021 - 2024\n\n- 站点性能提升40%\n`).kind, "resume");
  });
});

describe("document kinds in other languages (held-out round 24)", () => {
  it("a year looked back on in German, French, Spanish, Russian or Korean ('Retrospektive auf 2024') is promo", () => {
    const de = `---\ntitle: Abschied von 2024\n---\n\n## Retrospektive auf 2024\n\nIm Frühjahr bin ich ins Plattformteam gewechselt.\n\n## Kurse\n\nIch habe zwei Kurse zu Kubernetes beendet.\n\n## Vorträge\n\nIch habe auf drei Meetups über Observability gesprochen.\n`;
    assert.equal(lint(de, { filename: "_posts/2024-12-30-abschied.md" }).kind, "promo");
    for (const h of ["Rückblick 2023", "Mein Jahresrückblick", "2022 : rétrospective", "Bilan 2021", "Retrospectiva 2023", "Итоги 2022 года", "2023 회고"]) assert.equal(inferKind([normHeading(h)]), "promo", h);
    // A heading naming a year and no look back is no year in review; nor a look back with no year.
    assert.equal(inferKind([normHeading("Kurse 2023")]), undefined);
    assert.equal(inferKind([normHeading("Rückblick")]), undefined);
    assert.equal(inferKind([normHeading("Bilan de compétences 2019")]), undefined);
  });

  it("a year-end summary or appraisal in Chinese by its other names ('岁末总结：平台组的一年', '前端组年终考评') is promo", () => {
    const zh = `# 工作笔记\n\n## 岁末总结：平台组的一年\n\n### 技术成长\n\n今年把后台服务都迁到了容器上，发布时间从一小时缩短到十分钟。\n\n### 团队建设\n\n团队从三个人增加到六个人。\n`;
    assert.equal(lint(zh, { filename: "notes.md" }).kind, "promo");
    const deck = `---\nmarp: true\n---\n\n# 前端组年终考评\n\n---\n\n# 主要成果\n\n1. 完成了订单系统的重构\n2. 组织了两次代码评审培训\n`;
    assert.equal(lint(deck, { filename: "deck.md" }).kind, "promo");
  });

  it("a file named in Chinese or Japanese, or for a year looked back on in another language, tells the kind when the headings do not (240)", () => {
    const notes = `# 工作笔记\n\n## 技术\n\n今年把后台服务迁到了容器上。\n\n## 团队\n\n团队从三个人增加到六个人。\n`;
    assert.equal(lint(notes, { filename: "2024年度总结.md" }).kind, "promo");
    assert.equal(lint(notes, { filename: "docs/述职报告.md" }).kind, "promo");
    assert.equal(lint(notes, { filename: "简历.md" }).kind, "resume");
    const items = "\n\n## Janeiro\n\n- Palestra no meetup da cidade.\n- Mudança de time no trabalho.\n\n## Fevereiro\n\n- Curso de liderança.\n";
    assert.equal(lint(items, { filename: "blog/minha-retrospectiva-2022.md" }).kind, "promo");
    assert.equal(lint(items, { filename: "jahresrueckblick-2023.md" }).kind, "promo");
    assert.notEqual(lint(items, { filename: "blog/janeiro.md" }).kind, "promo");
  });

  it("a page told in the first person in another language, with no role and no heading that tells the kind, is promo (245)", () => {
    const de = `---\ntitle: Notizen aus dem Plattformteam\n---\n\n## Umzug\n\nIm Frühjahr habe ich unsere Dienste in die neue Cloud gebracht.\n\n## Vorträge\n\nIch habe auf drei Meetups gesprochen.\n\n## Mentoring\n\nMit meiner Kollegin habe ich zwei Werkstudenten eingearbeitet.\n\n## Ausblick\n\nMir fehlt noch ein Plan für die Suche.\n`;
    assert.equal(lint(de, { filename: "_posts/2024-06-01-notizen.md" }).kind, "promo");
    const ru = `## Что было\n\nВ этом году я перевёл сервисы в облако.\n\n## Команда\n\nМне удалось собрать команду из пяти человек.\n\n## Доклады\n\nЯ выступил на двух конференциях.\n\n## Планы\n\nМой план на следующий год — запустить поиск.\n`;
    assert.equal(lint(ru, { filename: "index.md" }).kind, "promo");
    // A résumé's sections tell it first, whatever the first person in its summary.
    const fr = `## Profil\n\nJe conçois des services de paiement depuis dix ans.\n\nJ'aime transmettre.\n\nJe parle anglais.\n\nJe vis à Lyon.\n\n## Expériences professionnelles\n\n| Atelier Numérique | Cheffe de projet |\n|---|---|\n| *Depuis 2020* | *Lyon* |\n`;
    assert.equal(lint(fr, { filename: "index.md" }).kind, "resume");
    // "I-Velo.fr", a company's name, is no "I".
    const irun = `## Postes\n\n| I-Velo.fr | Cheffe de projet |\n|---|---|\n| *2021 - 2024* | *Nantes* |\n\n## Outils\n\n* **Python** -- Avancé<br/>\n*Pratiqué chez I-Velo.fr*\n* **Docker** -- Courant<br/>\n*Pratiqué chez I-Velo.fr*\n* **PostgreSQL** -- Avancé<br/>\n*Pratiqué chez I-Velo.fr et Brioche*\n* **Terraform** -- Notions<br/>\n*Projets personnels*\n`;
    assert.equal(lint(irun, { filename: "index.md" }).kind, "resume");
  });

  it("a first year at a job looked back on ('Mi primer año como jefa de equipo', 'My first year as…') is promo, whatever its 'Experiencia' section (244)", () => {
    const es = `---\ntitle: "Mi primer año como jefa de equipo"\n---\n\n#### Los primeros meses\n\nEn mi primer mes conocí a los dos equipos y armé un plan de entrevistas.\n\n#### Un solo equipo\n\nJuntamos los dos equipos en uno de nueve personas y cambiamos la forma de planificar.\n\n#### Experiencia\n\nFue un año intenso y aprendí mucho de mi equipo.\n`;
    assert.equal(lint(es, { filename: "content/es/blog/manager.md" }).kind, "promo");
    for (const h of ["My first year as an engineering manager", "A year at Fabrikam", "Meu primeiro ano como tech lead", "Mein erstes Jahr als Teamleiterin", "Ma première année en tant que manager"]) assert.equal(inferKind([normHeading(h)]), "promo", h);
    assert.equal(inferKind([normHeading("First year engineering student")]), undefined);
  });

  it("a weekly check-in's questions ('Who did you help this week?', 'What would you like to work on next week?') are promo, its answers achievements (271)", () => {
    const r = lint(readFileSync(new URL("../fixtures/layouts/271-weekly-check-in-questions.md", import.meta.url), "utf8"), { filename: "notes.md" });
    assert.equal(r.kind, "promo");
    // What is planned for next week is no achievement; what was achieved is.
    assert.deepEqual(r.doc.bullets.filter((x) => x.achievement).map((x) => x.line), [7, 11, 12, 22, 26]);
    assert.equal(sectionKindOf("What would you like to work on next week?"), "context");
    assert.equal(sectionKindOf("What did you struggle with?"), "context");
    for (const h of ["Who did you help this week?", "Blockers this sprint", "Plans for next week"]) assert.equal(inferKind([normHeading(h)]), "promo", h);
    assert.equal(inferKind([normHeading("Weekend projects")]), undefined);
  });

  it("a course team's personal log ('# CS 410 Team 4 Personal Log - …', one week's heading and its items) is promo, however few its weeks (296)", () => {
    const r = lint(readFileSync(new URL("../fixtures/layouts/296-personal-log-one-week.md", import.meta.url), "utf8"), { filename: "RinaOkaforPersonalLog.md" });
    assert.equal(r.kind, "promo");
    assert.equal(r.doc.bullets.filter((x) => x.achievement).length, 3);
    for (const h of ["Personal Log", "Week 5 Personal Log"]) assert.equal(inferKind([normHeading(h)]), "promo", h);
  });

  it("a list whose items open with their time of day ('08:41:12<tab>Set up the build agent') is a day's log: promo (272)", () => {
    const r = lint(readFileSync(new URL("../fixtures/layouts/272-timestamped-day-log.md", import.meta.url), "utf8"), { filename: "notes.md" });
    assert.equal(r.kind, "promo");
    assert.equal(r.doc.bullets.filter((x) => x.achievement).length, 4);
    // A résumé's items with a figure in them ("10:1 ratio") open with no time of day.
    assert.equal(lint("## Experience\n\n### Engineer, Acme (2019 - 2022)\n\n- Kept a 10:1 ratio of tests to fixes\n- Ran the 24:7 rota\n- Cut build time by 40%\n", { filename: "notes.md" }).kind, "resume");
  });

  it("experience and education sections named in another language tell a résumé ('Expériences professionnelles', 'Formation')", () => {
    assert.equal(inferKind(["expériences professionnelles", "formation", "compétences"].map((h) => normHeading(h))), "resume");
    assert.equal(inferKind(["berufserfahrung", "ausbildung"]), "resume");
    // The English names a year's story or a brag page has too ("Work", "Career", "Certifications") are not counted so.
    assert.equal(inferKind(["work", "career", "certifications"]), undefined);
    assert.equal(inferKind(["kurse", "zertifikate"]), undefined);
  });
});

describe("no silent pass (DESIGN §2b)", () => {
  it("a résumé where no role was read gets one info finding on line 1 pointing to outline", () => {
    const r = lint(`\n# Robin Park\n\n## Experience\n\nI have worked on many things over the years at several companies.\n`, { filename: "resume.md" });
    const said = r.findings.filter((f) => f.ruleId === "ladderlint" && /outline/.test(f.message));
    assert.equal(said.length, 1, JSON.stringify(r.findings.map((f) => f.message)));
    assert.equal(said.length, 1);
    assert.equal(said[0]!.severity, "info");
    assert.equal(r.doc.lineCol(said[0]!.start).line, 1);
    assert.match(said[0]!.message, /No role was read/);
  });

  it("says nothing when roles and bullets were read, and can be turned off inline", () => {
    assert.ok(!lint(EN).findings.some((f) => /outline/.test(f.message)));
    const off = lint(`<!-- ladderlint-disable ladderlint -->\n# Notes\n\nNothing here.\n`);
    assert.ok(!off.findings.some((f) => /outline/.test(f.message)));
  });
});

describe("list items that are not achievements (issue 26)", () => {
  const doc = `# Robin Park

## Experience

### Engineering Manager — Lumen Freight (2021 – Present)

- Detailed achievements:
- Grew the platform team from 4 to 11 engineers.
- Technologies used: Go, Kafka, Postgres
- The team tech stack: Kubernetes, Docker, React
- AWS
- PHP / Python / Node.js
- Databases and queues: PostgreSQL, Redis, RabbitMQ (AMQP), Kafka
- **Go, BuildKit, GitHub Actions, AWS EKS & Fly.io**
- Go, Python, Postgres, Memcached, Prometheus, Kafka, Ansible & GCP
- Brightloom Search SDK GitHub / PyPi
- Enterprise Architecture & Complex Delivery
- SHIPPED THE BILLING MIGRATION AND GOT PROMOTED
- Hiring: interviews, onboarding, calibration
- Results: latency down 40%, Cost -20%, Errors 3x fewer
- Paris, France / Jan 2022 - Nov 2022 (11 months)
- &nbsp;
- Promoted to lead in 2019 after the billing launch.
- Mentored three interns.
`;
  it("label-only lines, tool lists, names alone, date lines and spacers are not achievement bullets", () => {
    const r = lint(doc);
    const read = r.doc.bullets.filter((b) => b.achievement).map((b) => b.plain);
    // A label and three or more names (tools) is a list of tools; lower-case items or figures are not.
    assert.deepEqual(read, ["Grew the platform team from 4 to 11 engineers.", "SHIPPED THE BILLING MIGRATION AND GOT PROMOTED", "Hiring: interviews, onboarding, calibration", "Results: latency down 40%, Cost -20%, Errors 3x fewer", "Promoted to lead in 2019 after the billing launch.", "Mentored three interns."]);
    // "1 of 6 bullets carry a figure" counts achievements only.
    assert.equal(r.doc.roles[0]!.bullets.filter((b) => b.achievement).length, 6);
  });

  it("a list of four qualities or keywords or more, each a word or two in lower case, holds no achievements (held-out round 6)", () => {
    const doc = lint("# Accomplishments\n\n## Moved the clinic app to offline-first\n\nRebuilt the sync layer so nurses could work with no signal, used in 12 clinics.\n\n## What strengths did you show?\n\n* audacity\n* self-motivation\n* critical thinking\n* teamwork\n\n## Other\n\n* shipped the sync layer\n* led the rollout\n", { filename: "accomplishments.md", override: { kind: "promo" } }).doc;
    assert.deepEqual(doc.bullets.filter((b) => b.achievement).map((b) => b.line), [5, 16, 17]);
  });

  it("answers to reflection prompts ('What motivated you to do it?', 'What made you feel good about it?') are context, not achievements (held-out round 6)", () => {
    const doc = lint("# Accomplishments\n\n## What you accomplished?\n\nLed two developers to rebuild the repairs app, delivered in 10 weeks.\n\n## What motivated you to do it?\n\nI wanted to deliver the work and improve the tenants' lives.\n\n## What made you feel good about it?\n\nThey grew a lot and delivered important features.\n\n## What about it you enjoyed the most? (doing)\n\nPairing with the team every day.\n", { filename: "accomplishments.md" }).doc;
    assert.deepEqual(doc.bullets.filter((b) => b.achievement).map((b) => b.line), [5]);
  });

  it("a paragraph or top-level item under a '**Context:**' or '**Objective:**' label is background, not an achievement (held-out rounds 5 and 6)", () => {
    const doc = lint("# Faster study setup\n\n## Overview\n**Context:**  \nIn May 2024 I looked at why creating a study took minutes for our customers.\n\n**Objective:**  \nReduce the time to create a study by pre-provisioning databases.\n\n## What I did\n**Result:**  \nCut study creation from 90 seconds to 4 seconds for 300 customers.\n", { filename: "study-setup-brag.md" }).doc;
    assert.deepEqual(doc.bullets.filter((b) => b.achievement).map((b) => b.line), [11]);
    // Plain labels too, in other languages; a 'Buzzwords:' list is tools; nested under an item, an
    // 'Objetivo:' tells what the item was for and stays with it.
    const pt = lint("# Brag 2025\n\n## Entregas\n\n- Contexto: A conta AWS operava com permissões excessivas em 4 times.\n- Reestruturei o IAM de 4 times, removendo 120 permissões.\n  - Objetivo: alinhar o que cada time precisa fazer.\n- Buzzwords: Rust, CI/CD, observability, performance testing.\n", { filename: "brag.md" }).doc;
    assert.deepEqual(pt.bullets.map((b) => [b.line, b.achievement]), [[5, false], [6, true], [7, true], [8, false]]);
  });

  it("a label and products written in lower case with a capital or a dot in them ('yEd', 'node.js') is a tool list (held-out round 6)", () => {
    const r = lint("## Experience\n\n### Staff Engineer — Tailwind Traders (2019–2022)\n\n- Outils & solutions : Shopify, Google Cloud, Deno, Fastify, Pulumi, Insomnia, Figma, draw.io.\n- Led the checkout rebuild with the product team.\n");
    assert.deepEqual(r.doc.bullets.map((b) => b.achievement), [false, true]);
  });
});

describe("pictographs as bullets, role facts and contact lines (real corpus)", () => {
  const doc = `# Robin Park

📍 Lisbon, Portugal · ✉️ robin@example.com · 📞 +351 555 010 447

## Experience

#### Engineering Manager | Lumen Freight | 2021 – Present

🏭 *Industry*: **Logistics**  
🧑‍🤝‍🧑 *Team*: 9 (backend, mobile, QA)  
🏆 Grew the platform team from 4 to 9 engineers.  
🏆 Replaced the nightly batch with streaming, cutting settlement time.  

## Achievements

🚀 Launched the carrier portal.  
🚀 Cut cloud spend by $40k a year.
`;
  it("a line opened by any pictograph is a bullet; a role's industry or team, and a contact line, are not achievements", () => {
    const r = lint(doc);
    assert.deepEqual(
      r.doc.bullets.filter((b) => b.achievement).map((b) => b.line),
      [11, 12, 16, 17],
    );
    assert.equal(r.doc.roles[0]!.bullets.filter((b) => b.achievement).length, 2);
    const q = r.findings.filter((f) => f.ruleId === "quantified-impact" && f.severity === "warning").map((f) => r.doc.lineCol(f.start).line);
    assert.deepEqual(q, [12, 16]);
  });
});

describe("a bilingual CV: the other-language half (real corpus)", () => {
  const doc = `# 🇬🇧 Robin Park

## Experience

### Engineering Manager | Lumen Freight | 2021 – Present

- Grew the platform team from 4 to 11 engineers across three cities.
- Optimized the release process for the mobile apps.
- Managed multiple partner integrations with the carriers and the customs office.

# 🇩🇪 Robin Park auf Deutsch

## Berufserfahrung

### Engineering Manager | Lumen Freight | 2021 – heute

- Das Plattformteam von 4 auf 11 Ingenieure in drei Städten vergrößert und geführt.
- Den Release-Prozess für die mobilen Apps optimiert und die Qualität deutlich erhöht.
- Mehrere Partnerintegrationen mit Spediteuren und dem Zollamt verantwortet und betreut.
`;
  it("is read for structure, its wording is not checked, and it is said once at its heading", () => {
    const r = lint(doc);
    assert.equal(r.doc.language.code, "en");
    assert.deepEqual(r.doc.otherLanguageSections?.map((s) => [r.doc.lineCol(s.start).line, s.language.code]), [[11, "de"]]);
    // Both halves' roles and bullets are read.
    assert.equal(r.doc.roles.length, 2);
    assert.equal(r.doc.bullets.filter((b) => b.achievement).length, 6);
    const at = (l: number) => r.findings.filter((f) => r.doc.lineCol(f.start).line === l).map((f) => f.ruleId);
    assert.deepEqual(at(8), ["quantified-impact"]);
    assert.ok(at(9).includes("vague-quantity"));
    for (let l = 12; l <= 19; l++) assert.ok(!at(l).some((id) => id !== "ladderlint"), `line ${l}: ${at(l).join(", ")}`);
    const said = r.findings.filter((f) => f.ruleId === "ladderlint" && /reads as German/.test(f.message));
    assert.equal(said.length, 1);
    assert.equal(r.doc.lineCol(said[0]!.start).line, 11);
  });
});

describe("a brag document on the well-known template's headings (held-out real document)", () => {
  it("is promo by its headings: goals for this year, collaboration & mentorship, what you learned", () => {
    const r = lint("# Goals for this year\n\n- [x] Learn Go\n\n# Projects\n\n### Billing\n\n- Moved invoicing to the new queue, cutting failed runs from 40 a week to 2.\n\n# Collaboration & mentorship\n\n- Paired with two new hires on their first on-call week.\n\n# What you learned\n\n- Temporal workflows\n", { filename: "notes.md" });
    assert.equal(r.kind, "promo");
    assert.ok(r.doc.bullets.some((b) => b.achievement && b.line === 9));
  });
});

describe("a year in review's skills told as sentences (held-out real document)", () => {
  it("are achievements in a promo document; a skills list is not", () => {
    const r = lint("# My 2024 in review\n\n### New Skills\n\n1. I had never written a unit test. I now write them for the whole team and review theirs.\n2. Kotlin, Gradle, Spock\n\n### Goals for next year\n\n- Learn Rust\n", { filename: "year-in-review.md" });
    assert.equal(r.kind, "promo");
    assert.deepEqual(r.doc.bullets.filter((b) => b.achievement).map((b) => b.line), [5]);
  });
});

describe("quoted words in a brag document (real corpus)", () => {
  it("a block quote in a promo document is someone else's words: no bullets, no prose checks", () => {
    const r = lint("# Brag document\n\n## Wins\n\n- Shipped the importer used by 4 teams.\n\n> Sam is very, very quick and was praised by many people.\n\n- Ran the on-call review for the March outage.\n", { filename: "brag.md" });
    assert.equal(r.kind, "promo");
    assert.deepEqual(r.doc.bullets.map((b) => b.line), [5, 9]);
    assert.ok(!r.findings.some((f) => r.doc.lineCol(f.start).line === 7), JSON.stringify(r.findings.map((f) => f.ruleId)));
  });
});
