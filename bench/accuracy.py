"""Accuracy of the extractor on a labeled corpus (format: ../shared/spec/LABELING.md).

    python bench/accuracy.py [LABELED.jsonl] [--misses N] [--json OUT]

Measures, each as precision / recall / F1 over multisets of keys:

* items:  (document, sorted region codes, count) for every interception item;
* totals: (document, stated total) for every claim that states one;
* dates:  (document, event date) for every claim with a determinable date.

Records labeled ``ambiguous`` are scored on totals only.  The labeled texts
are read from their file by path and never copied into the project.

``bench/styles.jsonl`` is a second labeled set, written by the team: 526 short
articles in the styles of other years than dev's (2021-2022 and 2025-2026: the
ministry's ten-region lists, "the Black and Azov seas", governors of regions
dev seldom names, Ukraine's Air Force, mayors' "since 3 a.m.").  It was written
to find what dev does not show, and the rules it led to were tuned on it: it is
a regression set now, not an unseen one.  The last 60 (z001-z060: the 2022
briefings "in the areas of the settlements of …", 2025 live blogs and bullet
summaries) were written and labeled by a team member who had not read the
extractor; where their labels departed from dev's conventions (an approximate
only count is the total; "flying towards Moscow" is RU-MOW) they were relabeled,
as each record's notes say.  A second blind set of 60 (z061-z120: 2022 TASS,
AP and Al Jazeera styles, occupation officials, Ukraine's Air Force and
military administrations, 2025-2026 Russian adjectival region names, time
windows and governors' posts) was written the same way and scored before any
rule was made from it: items 0.925, totals 0.885, dates 0.928 at first.  One
label was relabeled to dev's convention ("at around the same time" leaves a
date null, as dev d0008 and d0042).  A third blind set of 40 (z121-z160:
2021-2022 and 2025-2026, non-native English, colloquial region names, headlines
above bodies, two speakers) first scored items 0.872, totals 0.850, dates 0.952.
A fourth of 40 (z161-z200: 2021-2022 and 2025-2027, the ministry's lists in
dashes, brackets and "respectively", Ukraine's Air Force with missiles by name,
city and regional military administrations, weekly tallies, long articles that
bury the claim) first scored items 0.887, totals 0.800, dates 0.869.  A fifth
of 40 (z201-z240: 2019-2022 and 2025-2027, Syria and Donbas before the war,
Ukrainian spellings of Russian regions, governors' round-ups in bullets,
district lines under a region's count, drills, monthly and weekly tallies, the
year's turn, live posts across midnight) first scored items 0.939, totals
0.911, dates 0.917.  A sixth of 40 (z241-z280: 2021-2022 and 2025-2027, lists
as "Region, N;" pairs and a pipe table, free prose ("took the heaviest share,
74"), "apiece", "as many", "the balance", "Of the N launched, M …", Ukrainian
oblasts' colloquial names, non-native wire copy, timestamped posts that keep a
running total, tallies since part of a month) first scored items 0.702, totals
0.794, dates 0.920: the lowest of the six.  A seventh of 40 (z281-z320: 2022 and
2025-2027, numbered lists, counts before their place in brackets, digests with
bullets labelled by source, a pipe table, Polish and non-native spellings,
"risen to 14 in total", two republics' heads, running narrative accounts)
first scored items 0.847, totals 0.766, dates 0.868.  An eighth of 40 (z321-z360:
2022 and 2025-2028, written to be hard: "the lion's share", "all but two",
"split evenly between", "20-odd", "a score of", markdown digests, OCR breaks,
GMT and US Eastern clocks, corrections and retracted posts, airfields as places)
first scored items 0.735, totals 0.902, dates 0.819; one rule (markdown's marks,
"20-odd") was made from it before it joined this file.  A ninth of 40 (z361-z400:
2022, 2025 and 2026, written for realism rather than tricks: TASS, Reuters, AP,
Meduza, Ukrainska Pravda and Ukrinform styles, governors' and the mayor's posts,
live blogs under date lines, 2022 briefings naming drones by model, "by mobile
fire groups over …", weekly round-ups) first scored items 0.891, totals 0.812,
dates 0.906.  A tenth of 40 (z401-z440: 2021-2022 and 2025-2026, realism again
with another mix: Interfax, RIA, Izvestia, Kommersant, Rossiyskaya Gazeta, BBC
Monitoring with GMT source lines, CNN, Al Jazeera, the Guardian's corrections,
Kyiv Post; Ukrainian regional heads; refinery and airport stories) first scored
items 0.941, totals 0.913, dates 0.873.  An eleventh of 40 (z441-z480: 2022,
2025 and 2026; TASS and RT wires, Reuters live pages in GMT, the Ukrainian Air
Force's daily summaries, governors' Telegram posts, the mayor's serial posts,
Kyiv Independent, NYT, Washington Post, Bloomberg, Moscow Times) first scored
items 0.973, totals 0.929, dates 0.845.  A twelfth of 40 (z481-z520: 2021-2022
and 2025-2026; Konashenkov's 2022 briefings by settlement, Ukrainian regional
heads and mayors, Euronews, DW, France 24, Sky News and Independent live blogs
in UK time, ABC News, RFE/RL, Meduza, ISW-style summaries, Russian regional
outlets, weekly round-ups, corrections) first scored items 0.861, totals 0.847,
dates 0.902.  Both were scored by the code of the session's start and again
after its first rules (made from the earlier sets), with the same scores.
A thirteenth of 40 (z521-z560: 2021-2022 and 2025-2026; AP and AFP wires, Al
Jazeera, CNN and Guardian live blogs in Kyiv time, ET and BST, Ukrinform,
Ukrainska Pravda, Kyiv Post, RIA, TASS, Izvestia, Kommersant; long articles and
two-sentence items) first scored items 0.888, totals 0.871, dates 0.903, and a
fourteenth (z561-z600: tabloid and magazine rewrites, Telegram channels as
reported, Novaya Gazeta Europe, Meduza, Interfax, Kyiv Independent digests,
occupation heads, governors of less covered regions, the Ukrainian Navy) first
scored items 0.920, totals 0.847, dates 0.928.  Both were scored by the
session's starting code with one fix that is no rule: a stamp alone on its line
("09.41 BST") had made the extractor recurse without end on z548.  A fifteenth
(z601-z640: Reuters and Bloomberg wires, BBC and Sky News live pages in GMT and
BST, RFE/RL services, Voice of America, Euronews with an outlet's correction,
The Moscow Times, Suspilne, RBC-Ukraine, NV, governors' posts relayed by TASS
and RIA, a ministry press release, opinion pieces) first scored items 0.904,
totals 0.925, dates 0.827, by the session's starting code and again after its
first rule (corrections), with the same scores.  A sixteenth (z641-z680:
2020-2022 and 2025-2026; AP, AFP, Guardian live blog, Kyiv Independent,
Ukrainska Pravda, Interfax-Ukraine, Ukrinform, Meduza, Novaya Gazeta Europe,
Kommersant, RT, Izvestia, Kuban 24, ISW, Newsweek, CNN, DW, France 24, Al
Jazeera, Barents Observer, Caucasian Knot; governors' posts under their names,
district by district) first scored items 0.898, totals 0.851, dates 0.819 by
the session's starting code, and items 0.898, totals 0.851, dates 0.847 after
its first rules (live pages' stamps on lines of their own, what can or would be
shot down, settlement lists with towns the gazetteer does not know).  A
seventeenth (z681-z720: 2021-2022 and 2025-2026; NYT, Washington Post, FT,
Telegraph live blog, The Times, NBC, CBS, ABC, Politico Europe, Axios, an
Espresso-style brief, Xinhua, Anadolu, Yonhap, NHK World, TRT World, UNIAN,
Militarnyi, LIGA.net, Hromadske, Zerkalo Nedeli, The Insider, Agentstvo,
Mediazona, SHOT, Vedomosti, Rossiyskaya Gazeta, Lenta, Gazeta.ru, regional
Russian sites; governors' posts from Lipetsk, Krasnodar and Leningrad) first
scored items 0.904, totals 0.876, dates 0.774 by the session's starting code,
and the same after its first rules (clauses after ", as", month tallies,
headlines' "launches", outlets' dated corrections, totals told alone).  An
eighteenth (z721-z760: 2021-2022 and 2025-2026; Bloomberg, AP and AFP with
datelines, DW, Euronews, Al Jazeera's live page in GMT, BBC Monitoring's digest
with source lines, Guardian live blog, CNN, Sky News, RFE/RL, Reuters, Radio
Svoboda, Meduza, Novaya Gazeta Europe, Kommersant, RBC, Izvestia, Interfax,
RIA, TASS, Ukrainska Pravda, Kyiv Independent, Ukrinform, Suspilne, Kyiv Post,
The Moscow Times, an Astra thread, an ISW-style assessment; posts of the Air
Force, the Mykolaiv and Krasnodar authorities, Moscow's mayor and governors)
first scored items 0.929, totals 0.891, dates 0.917 by the session's starting
code, and items 0.929, totals 0.891, dates 0.917 after the session's first
rules (clocks of other zones, figures risen to, tables with dashes, the
night's tally), written before the set was seen.  A nineteenth (z761-z800:
2021-2022 and 2025-2026; NYT, Washington Post, WSJ, FT, Newsweek's live page
in US Eastern time, Business Insider, Politico Europe, the Telegraph's and the
Independent's live blogs in UK time, France 24, NHK World, Xinhua, Anadolu,
RT, Sputnik, Gazeta.ru, Lenta.ru, Vedomosti, Fontanka, RBC, Baza and Mash,
NV.ua, UNIAN, Militarnyi, Defense Express, Hromadske, LB.ua, ZN.ua,
Censor.net, a RUSI-style brief, an OSINT thread, Belgorod and Kursk city
portals; posts of mayors, governors, Crimea's heads and the Air Force) first
scored items 0.913, totals 0.885, dates 0.786 by the session's starting code,
and items 0.913, totals 0.885, dates 0.794 after the session's first rules
("said late on Sunday", places' headings in a digest, speakers' lines
without a colon), written before the set was seen.  A twentieth (z801-z840:
2020-2022 and 2025-2026; DW, Euronews, AP, Bloomberg, CBS, ABC News, ABC
Australia, Sky News's live page in UTC, Le Monde's in Paris time, The Moscow
Times, Meduza, Novaya Gazeta Europe, TASS, RIA, Izvestia, Kommersant,
Interfax, Interfax-Ukraine, Ukrainska Pravda, Suspilne, Ukrinform, Kyiv
Independent, BelTA, Russian regional portals, a podcast transcript, a
factbox, an ISW-style assessment; posts of governors, Sobyanin under a
channel's headings, Crimea's heads, the Air Force and an oblast
administration) first scored items 0.936, totals 0.947, dates 0.866 by the
session's starting code, and items 0.940, totals 0.947, dates 0.866 after the
session's first rules (headlines' places that other claims count over,
spans of days, "aimed at", verbless total lines), written before the set
was seen.  A twenty-first (z841-z880: 2020-2022 and 2025-2026; Reuters, AFP,
the Guardian's live blog in GMT, Al Jazeera's in Doha time, BBC, CNN in
Eastern time, NYT, Washington Post, Kyiv Post, RBC-Ukraine, NV, Hromadske,
UNIAN, Gazeta.ru, Lenta.ru, RT, Vedomosti, Fontanka, Zvezda, Mash, SHOT,
regional sites of Kursk, Voronezh, Rostov, Lipetsk, Tula and Kuban; posts of
Krasnodar's operational headquarters, the Ukrainian Navy, the Odesa and
Mykolaiv administrations and occupation heads) first scored items 0.914,
totals 0.875, dates 0.872 by the session's starting code, and items 0.914,
totals 0.875, dates 0.880 after the session's first rules (parts of a part,
a fronted phrase of the downed, a lead broken down over all its places,
written before the set was seen).  A twenty-second (z881-z920: 2020-2022
and 2025-2026; Kommersant, DW's live page in Paris time, AP, Izvestia,
Meduza, Euronews, Ukrinform, Bloomberg, Anadolu, an Interfax factbox,
Ukrainska Pravda, Suspilne, Xinhua, TASS, France 24, Radio Liberty, Novaya
Gazeta Europe, The Moscow Times, Censor.net, Politico Europe, Der Spiegel,
Le Monde, Sky News's live page in UK time, Militarnyi, Defense Express;
posts of governors, Sevastopol's head, Sobyanin, the ministry, the Air
Force, Kharkiv's mayor and Kyiv's administration; a weekly digest, a
telethon transcript, an OSINT thread) first scored items 0.918, totals
0.875, dates 0.813 by the session's starting code, and the same after the
session's first rules (wordings found by ``bench/variants.py``: a night
from 31 December to 1 January, "the Sumy region Military Administration",
drones destroyed "and a warehouse damaged"), written before the set was
seen.  It is kept apart, in ``bench/blind22.jsonl``, and not yet appended
here: with it the pooled dates score 0.948, under the floor of
``tests/test_styles_corpus.py`` (0.95), which is not lowered; it joins this
file once enough of its date misses are read.  Seven of its claims, second
speakers' with no time of their own, were later relabeled to dev's
convention (a null date, as set 24's below); its dates then scored 0.918,
and pooled with this file 0.949, still under the floor (most of the rest are
one verbless weekly digest's, z907).  After the rules from sets 24 and 25 it
scored items 0.940, totals 0.875, dates 0.927, and was appended here (1,206
records), the pooled scores holding the floors (dates 0.950).  A twenty-third (z921-z960:
2020-2022 and 2025-2026; RIA Novosti, RBC, Vedomosti, Gazeta.ru, Fontanka,
Rossiyskaya Gazeta, Ura.ru, Kyiv Independent, Kyiv Post, NV, UNIAN, LIGA.net,
Zaxid.net, Al Jazeera, CNN, CBS, NYT, Washington Post, the Guardian and its
live blog, the Telegraph, FT, Newsweek, NHK, the Independent, the Times of
Israel; governors', the Air Force's and the ministry's posts) first scored
items 0.832, totals 0.825, dates 0.930 by the session's starting code, and
the same after the rules made from set 22's misses; nine of its 22 missed
items are places abroad (Israel, the Emirates, Libya, Saudi Arabia, Syria),
which get no item here.  It was appended to this file after the session's
rules from it (items 0.871, totals 0.891, dates 0.946 then), the pooled
scores staying over the floors.  A twenty-fourth (z961-z1000: 2020-2022 and
2025-2026; Interfax, Kommersant, Izvestia, Lenta.ru, Life.ru, Zvezda,
Krasnaya Zvezda, Meduza, Novaya Gazeta Europe, The Moscow Times, The Insider,
Ukrainska Pravda, Suspilne, Ukrinform, RBC-Ukraine, Militarnyi, Defense
Express, Reuters, AP, AFP, BBC, DW, France 24, Euronews, Bloomberg, WSJ,
Politico Europe, Sky News, Anadolu, Xinhua, TRT World, Sputnik; Bogomaz's
posts, a live page in GMT, a weekly digest, a fact-check) first scored items
0.848, totals 0.871, dates 0.766 by the session's starting code, and items
0.853 after the rules made from set 23's misses, written before it was seen.
Twelve of its claims, each a second speaker's whose sentences state no time,
were relabeled to dev's convention (event date null, as dev d0008, d0034 and
d0128; the writer had dated them by the article's night), as their notes
say; on the relabeled set the starting code scores dates 0.837.  It was
appended here after the session's rules from it (items 0.977, totals 0.950,
dates 0.898 then).  A twenty-fifth (z1001-z1040: 2020-2022 and 2025-2026;
Vzglyad, RIA Novosti Crimea, Krym 24, the Donetsk News Agency, Belgorod,
Kursk, Voronezh, Rostov and Tula papers, Moscow 24, The Bell, iStories,
Hromadske, Odesa, Kharkiv and Dnipro sites, Espreso, Focus.ua, RFE/RL, VOA,
The Economist, Axios, Semafor, The Times, the Independent's live page, Le
Monde, El País, ANSA, Kyodo, Yonhap, Al Arabiya, Daily Sabah; Gladkov's and
Sobyanin's posts, an ISW-style summary, a monthly round-up) was written with
dev's date convention spelled out to its writer.  It first scored items
0.896, totals 0.868, dates 0.925, both by the session's starting code and by
the code after the rules from set 24 (which changed none of its scores).
Four of its totals, which the writer had been told to take from a headline
restating a single count, were relabeled to dev's convention (no total, as
dev d0041, d0119, d0122; on the writer's labels totals first scored 0.825).
It was appended here after the session's rules from it (items 0.982, totals
0.959, dates 0.953 then).  A twenty-sixth (z1041-z1080: 2020-2022 and
2025-2026; Parlamentskaya Gazeta, AiF, Komsomolskaya Pravda, MK.ru, Regnum,
EADaily, NEWS.ru, a Readovka-style digest, Kaluga, Oryol, Bryansk and Lipetsk
sites, Krymskaya Pravda, ForPost, 24 Kanal, TSN, ZN.ua, Babel, The Hill, NPR,
CBC, ABC News, DW, a Reuters factbox, AP, an AFP live page, the Jerusalem
Post, SCMP, Nikkei Asia, Hürriyet, Euractiv, Notes from Poland, LRT, ERR, a
governor's VK post, a headquarters' statement, a telethon transcript),
written with dev's date and total conventions spelled out, first scored
items 0.834, totals 0.882, dates 0.908 by the session's starting code and
items 0.854, totals 0.894, dates 0.915 by the code after the rules from sets
24 and 25.  It was appended here unrelabeled after the session's rules from
it (items 0.944, totals 0.917, dates 0.938 then).  A twenty-seventh
(z1081-z1120: Kommersant-Chernozemye, Vesti, NTV,
RT, TASS briefs, Mediazona, Agentstvo, LB.ua, Obozrevatel, NikVesti,
Industrialka, the Guardian's and the Telegraph's pages, Bloomberg, the FT,
the WSJ, dpa, EFE, Al Jazeera's key events, BTA, NewsMaker, Civil.ge,
Tengrinews, APA, a mayor's posts, a Crimean headquarters) was written at the
session's end and scored once, at first sight, by its final code: items
0.830, totals 0.843, dates 0.928 (the session's starting code: 0.802, 0.815,
0.928).  No rule was made from it in that session; it was kept apart for
the next to read.  Two of its claims, whose count over several regions with
no breakdown the writer had labeled as items with no count each, were
relabeled to dev's convention (one shared item, as dev d0028 and LABELING.md
give), as their notes say.  It was appended here after the next session's
rules from it (items 0.952, totals 0.871, dates 0.945 then, relabeled; the
pooled scores holding the floors, dates 0.951).  A twenty-eighth
(z1121-z1160: the BBC's, CNN's and Ukrainska
Pravda's live pages, Interfax-Ukraine, RIA Novosti, Izvestia, RBC, AP, AFP,
DW, Xinhua, Anadolu, BelTA, Euronews, Newsweek, Al-Monitor, the Times of
India, Kommersant, Bashinform, Suspilne Odesa, DAN, Kavkaz.Realii,
Agentstvo, Meduza, the Guardian's briefing, a Sevastopol and a Yaroslavl
site; the Air Force's summaries, governors' and Sobyanin's posts, Krasnodar's
headquarters, an analyst's weekly newsletter), written with all of dev's
conventions above spelled out, first scored items 0.904, totals 0.889, dates
0.931, both by the session's starting code and by the code after the rules
from set 27 (which changed none of its scores).  It was appended here after
the session's rules from it (items 0.976, totals 1.000, dates 0.980 then;
the pooled scores items 0.976, totals 0.968, dates 0.954).  A twenty-ninth
(z1161-z1200: Reuters, Bloomberg, the FT, the
Washington Post, the NYT's and Sky News's live pages, ABC Australia, NHK,
Yonhap, Kyodo, TRT World, Al Jazeera's key events, France 24, RFI, Radio
Liberty's Crimea service, Hromadske, NV, the Kyiv Independent, the Kyiv Post,
Militarnyi, Defense Express, an ISW-style update, an Oryx-style list,
Lenta.ru, Gazeta.ru, Vedomosti, TASS, Rossiyskaya Gazeta, Zvezda, Life.ru,
Fontanka, a Chuvash site; a governor's post log, Krasnodar's headquarters,
Crimea's head, Sochi's mayor, a podcast transcript, a parliamentary question,
a fact-check, a monthly table), written with dev's conventions spelled out,
first scored items 0.860, totals 0.932, dates 0.919 by the session's starting
code, and items 0.860, totals 0.932, dates 0.937 by the code after the rules
from sets 27 and 28 (``ade3737``).  It was appended here after the
session's rules from it (items 0.951, totals 0.989, dates 0.973 then; the
pooled scores items 0.976, totals 0.970, dates 0.955).  A thirtieth
(z1201-z1240: Axios, the Economist's espresso,
Politico's Playbook, VOA, CBC radio, RNZ, the Irish Times, Le Figaro,
Corriere, Gazeta Wyborcza, Notes from Poland, ERR, Daily Sabah, Gulf News,
Arab News, the Hindu, Dawn, the SCMP, the Japan Times, Sputnik, MK, AiF,
Channel One, EADaily, Krym 24, Babel, a Readovka-style digest; Belgorod's
and Tula's press releases, the Air Force's and Operational Command South's
posts, Kharkiv's administration, the Sevastopol, Kursk, Voronezh and Lipetsk
governors' posts, a timeline, a megathread, an OSINT thread, a newsletter)
first scored items 0.922, totals 0.919, dates 0.874, both by the session's
starting code and by the code after the rules from sets 27, 28 and 29
(``814b842``): those rules changed none of its scores.  It was appended
here after the session's rules from it (items 0.991, totals 0.959, dates
0.926 then; the pooled scores items 0.976, totals 0.969, dates 0.955).  A
thirty-first (z1241-z1280: AP, Reuters, AFP and
Xinhua copy, TASS, Interfax and RIA, a live page, a data tracker's tables, a
fact-check, a 2022 briefing, Bryansk, Belgorod, Sevastopol, Tula, Dagestan,
Crimean and Chuvash sites, the Air Force's, Kyiv's and Dnipropetrovsk's
administrations', Krasnodar's headquarters', Tatarstan's and the Donetsk and
Luhansk leaders' posts, an RBC digest, a digest of governors' posts, a
newsletter, a timeline of five statements, a telethon and a radio
transcript, Ukrainska Pravda, Ukrinform, Meduza, an Odesa site) was written
at the session's end and scored once, at first sight, by its final code
(``b513813``): items 0.953, totals 0.977, dates 0.916 (the session's
starting code: 0.953, 0.977, 0.903).  It was kept apart until the next
session, and appended here after that session's rules from it (items
0.991, totals 0.989, dates 0.937 then).  A thirty-second (z1281-z1320:
Smolensk, Pskov, Novgorod, Leningrad, Rostov, Volgograd, Astrakhan,
Saratov, Samara, Tambov, Ryazan, Mordovia, Nizhny Novgorod, Ufa, Kalmykia,
Adygea, Murmansk and Kaliningrad sites; Sumy, Chernihiv, Poltava,
Zaporizhzhia, Mykolaiv, Kherson, Khmelnytskyi, Lviv, Rivne and Cherkasy
sites; Slovak, Romanian, Moldovan, Armenian, Kazakh, Indian, Mexican,
Australian and Israeli outlets; a correction notice, an SMS alert digest,
a TV ticker, a press conference, a Q&A explainer, a Telegram post with
hashtags, a weather-style bulletin, a court report, an airport notice, a
chronology, a Senate record, a think-tank brief, an academic paper) first
scored items 0.959, totals 0.955, dates 0.937, both by that session's
starting code (``44c8bc3``) and by its code after the first rules from
set 31.  It was appended here after the session's rules from it (items
0.996, totals 0.966, dates 0.968 then; the pooled scores items 0.977,
totals 0.970, dates 0.955 over 1,486 records).  A thirty-third
(z1321-z1360, ``bench/blind33.jsonl``: Kursk, Lipetsk, Oryol, Kaluga,
Tula, Podolsk, Kolomna, Ivanovo, Tver, Kostroma, Penza, Orenburg, Perm,
Udmurtia, Tatarstan, Chechnya, Ingushetia, Stavropol and Anapa papers;
Vinnytsia, Zhytomyr, Ivano-Frankivsk, Ternopil, Volyn, Kropyvnytskyi,
Dnipro and Kryvyi Rih sites; Finnish, Norwegian, Azerbaijani, Turkish,
Belarusian exile, Singaporean, Danish, Bulgarian and Indonesian outlets;
a radio script, photo captions, a flash and its update, a school closure,
a council statement, a parish bulletin, an infographic, a sports report,
a year in review, a map caption, a blogger's post, podcast notes, a
forum summary, shipping and refinery market notes, a reader's letter)
was written during that session and scored without its misses being
read: by the session's starting code items 0.938, totals 0.937, dates
0.877; by its final code (``0c591e5``) items 0.947, totals 0.937, dates 0.877.
It was appended here after the next session's rules from it (items 0.973,
totals 0.975, dates 0.929 then; the pooled scores items 0.977, totals
0.970, dates 0.954 over 1,526 records).  A thirty-fourth (z1361-z1400,
``bench/blind34.jsonl``: a numbered press-office bulletin, a Security
Council summary, a weekly column, a factbox, a Sevastopol live page, a
wire story with a correction line, a pipe table, a maritime advisory, an
Azov port bulletin, an aviation-safety database entry, an OSCE report, a
2022 Kyiv diary, teletext pages, a Kremlin press call, a broker's note, a
residents' chat, a mayor's video address, a prosecutor's release, a farming
weekly, a railway notice, a European Parliament summary, a book review, a
tour operator's newsletter, a press review, a news quiz, a subtitle file,
an interview, a steelmaker's statement, an emergencies ministry summary, a
utility notice, election coverage, a separatist briefing, a push-
notification log, a hotel notice, a hotline script, a theatre notice)
first scored items 0.854, totals 0.857, dates 0.768, both by that
session's starting code (``b3b1ed8``) and by its code after the rules from
set 33 (``dd2d626``): the rules from set 33 moved nothing on it.  It was
appended here after that session's rules from it (items 0.900, totals
0.904, dates 0.843 then; the pooled scores items 0.976, totals 0.969,
dates 0.951 over 1,566 records).  A thirty-fifth (z1401-z1440,
``bench/blind35.jsonl``: 25 in the manner of TASS, Interfax, RIA, Reuters,
AP, AFP, Ukrinform, Suspilne, the Kyiv Independent, RBC-Ukraine, DAN,
Interfax-Ukraine, Izvestia, Kommersant and six Russian regional sites; and
an embassy alert, a court sentence, a mobile operator's notice, a newsroom
e-mail thread, a CSV export, a foreign ministry briefing, an emergency
commission's minutes, a school worksheet, an obituary, app release notes,
a zoo notice, a regional resolution, a radio phone-in, an insurance FAQ,
a wiki talk page) was written during that session and scored without its
misses being read: by the session's starting code (``b3b1ed8``) items
0.810, totals 0.816, dates 0.901; by its final code (``58ab6d5``) items
0.818, totals 0.828, dates 0.901.  The next session read its misses.
Ten of its records (z1407, z1409, z1415, z1416, z1417, z1427, z1428,
z1432, z1437, z1439) broke one region's count into district parts
that do not add up to it ("26 over the region, nine of them over the
city") and were labeled with the parts as items, after a convention we had
worded for full breakdowns; they were relabeled to this file's convention
(z308, z983: the lead count is the region's item), each with a note.
Relabeled, the starting code scores it items 0.872, totals 0.901, dates
0.901.  It was appended here after that session's rules from it (items
0.940, totals 0.936, dates 0.915 then).  A thirty-sixth (z1441-z1480: TASS,
Reuters, AP, RIA, Interfax, Suspilne, the Kyiv Independent, AFP,
Ukrinform, Meduza, four Russian regional sites, Moscow 24, an Air Force
summary and the ministry's posts; and an RSS feed, a current-events wiki
page, an emergencies ministry duty summary, a football club's statement,
an airline crew briefing, a monitoring bot's log, an emoji Telegram post, a
Telegram poll, a complaint letter, a glossary, a defence intelligence
update, a Slack export, TV listings, a ride-hailing notice, video
chapters) was written that session and scored at first sight by its
starting code (``b7d4331``): items 0.874, totals 0.845, dates 0.966 as
written; 0.884, 0.870, 0.966 after two partial breakdowns (z1468, z1472)
were relabeled the same way before any output was read.  Its misses were
then read, and it was appended here after the rules from them (items
0.935, totals 0.930, dates 0.966 then; the pooled scores items 0.975,
totals 0.968, dates 0.951 over 1,646 records).  A thirty-seventh
(z1481-z1520, ``bench/blind37.jsonl``: 28 in the manner of TASS, Interfax,
RIA, RT, Reuters, AP, AFP, the BBC, Al Jazeera, Ukrinform, Suspilne,
Ukrainska Pravda, the Kyiv Independent, Meduza, Novaya Gazeta Europe,
Russian regional sites and the militias of 2020-2022; and a corrections
column, a press-briefing transcript, a morning newsletter, a principal's
letter, a notice to mariners, a radio bulletin, a fact-check, a
parliamentary written answer, a wiki talk page, a markdown timeline, a
podcast transcript, a hospital release) was written that session, with
the partial-breakdown convention stated to its writer, and scored without
its misses being read: by the starting code (``b7d4331``) items 0.894,
totals 0.885, dates 0.836; by the code after the first rules of that
session (``a2aa1b5``) items 0.905, totals 0.906, dates 0.836; by its final
code (``64f2662``) items 0.905, totals 0.906, dates 0.847.  No rule was
made from it; it is kept apart for the next session to read.
``make accuracy`` scores dev, this file and ``bench/blind37.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stats.corpus import Document, normalize_published  # noqa: E402
from stats.tables import extract_document  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "dev.jsonl"


def gold_keys(record: dict) -> dict[str, Counter]:
    doc = record["id"]
    gold = record["gold"]
    keys = {"items": Counter(), "totals": Counter(), "dates": Counter()}
    for claim in gold["claims"]:
        if claim.get("total") is not None:
            keys["totals"][(doc, claim["total"])] += 1
        if gold.get("ambiguous"):
            continue
        if claim.get("event_date"):
            keys["dates"][(doc, claim["event_date"])] += 1
        for item in claim["items"]:
            keys["items"][(doc, "+".join(sorted(item["regions"])), item["count"])] += 1
    return keys


def predicted_keys(record: dict) -> tuple[dict[str, Counter], object]:
    doc_id = record["id"]
    problems: list[str] = []
    published = normalize_published(record.get("published"), problems)
    doc = Document(doc_id=doc_id, source="", text=record["text"], sha256="", published=published)
    rows = extract_document(doc)
    keys = {"items": Counter(), "totals": Counter(), "dates": Counter()}
    for claim in rows.claims:
        if claim["stated_total"] is not None:
            keys["totals"][(doc_id, claim["stated_total"])] += 1
        if not record["gold"].get("ambiguous") and claim["event_date"] is not None:
            keys["dates"][(doc_id, claim["event_date"].isoformat())] += 1
    if not record["gold"].get("ambiguous"):
        for item in rows.interceptions:
            keys["items"][(doc_id, item["region_code"], item["count"])] += 1
    return keys, rows


def read_labeled(path: Path) -> list[dict]:
    """The records of a labeled JSONL file (blank lines skipped)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tally(gold: Counter, pred: Counter) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of one record's keys of a measure."""
    return sum((gold & pred).values()), sum((pred - gold).values()), sum((gold - pred).values())


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(records: list[dict]) -> dict:
    totals = {m: {"tp": 0, "fp": 0, "fn": 0, "misses": []} for m in ("items", "totals", "dates")}
    for record in records:
        gold = gold_keys(record)
        pred, _ = predicted_keys(record)
        for measure in totals:
            g, p = gold[measure], pred[measure]
            tp, fp, fn = tally(g, p)
            totals[measure]["tp"] += tp
            totals[measure]["fp"] += fp
            totals[measure]["fn"] += fn
            for key in sorted((g - p).elements(), key=str):
                totals[measure]["misses"].append(("missed", key))
            for key in sorted((p - g).elements(), key=str):
                totals[measure]["misses"].append(("spurious", key))
    for m in totals.values():
        m["precision"], m["recall"], m["f1"] = prf(m["tp"], m["fp"], m["fn"])
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labeled", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--misses", type=int, default=200, help="how many misses to list per measure")
    parser.add_argument("--json", type=Path, help="write the scores as JSON here")
    args = parser.parse_args(argv)
    if not args.labeled.exists():
        print(f"error: {args.labeled}: no such file", file=sys.stderr)
        return 1
    records = read_labeled(args.labeled)
    result = score(records)
    print(f"{len(records)} labeled documents from {args.labeled}")
    print(f"{'measure':8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for name, m in result.items():
        print(f"{name:8} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['tp']:5d} {m['fp']:5d} {m['fn']:5d}")
    for name, m in result.items():
        if m["misses"]:
            print(f"\n{name}: {len(m['misses'])} misses")
            for kind, key in m["misses"][: args.misses]:
                print(f"  {kind:8} {key}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({k: {x: v for x, v in m.items() if x != "misses"} for k, m in result.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
