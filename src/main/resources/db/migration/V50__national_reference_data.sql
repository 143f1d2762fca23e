-- National reference data (issue 14): the 21 regions with their SCB county codes (länskod), all 290 municipalities
-- with their SCB municipality codes (kommunkod; the first two digits are the county's), and the city districts of
-- Stockholm (stadsdelsområden, 11 since 2023-07-01), Göteborg (stadsområden, 4 since 2021) and Malmö (stadsområden,
-- 5 since 2013) as areas. Codes as SCB publishes them (checked against two independent public lists; counts per
-- county in ReferenceDataTest). V11's 59 municipalities keep their rows and get their codes; the rest are added.
-- A municipality or district that changes: a new migration (and the initiative form's options, ReferenceDataTest).
-- Plain SQL valid on H2 and PostgreSQL.

ALTER TABLE fc_region ADD COLUMN county_code VARCHAR(2);
ALTER TABLE fc_region ADD COLUMN county_name VARCHAR(100);
ALTER TABLE fc_municipality ADD COLUMN code VARCHAR(4);

UPDATE fc_region SET county_code = '01', county_name = 'Stockholms län' WHERE id = 'stockholm';
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('uppsala', 'Region Uppsala', '03', 'Uppsala län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('sormland', 'Region Sörmland', '04', 'Södermanlands län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('ostergotland', 'Region Östergötland', '05', 'Östergötlands län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('jonkoping', 'Region Jönköpings län', '06', 'Jönköpings län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('kronoberg', 'Region Kronoberg', '07', 'Kronobergs län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('kalmar', 'Region Kalmar län', '08', 'Kalmar län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('gotland', 'Region Gotland', '09', 'Gotlands län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('blekinge', 'Region Blekinge', '10', 'Blekinge län');
UPDATE fc_region SET county_code = '12', county_name = 'Skåne län' WHERE id = 'skane';
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('halland', 'Region Halland', '13', 'Hallands län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('vastra-gotaland', 'Västra Götalandsregionen', '14', 'Västra Götalands län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('varmland', 'Region Värmland', '17', 'Värmlands län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('orebro', 'Region Örebro län', '18', 'Örebro län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('vastmanland', 'Region Västmanland', '19', 'Västmanlands län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('dalarna', 'Region Dalarna', '20', 'Dalarnas län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('gavleborg', 'Region Gävleborg', '21', 'Gävleborgs län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('vasternorrland', 'Region Västernorrland', '22', 'Västernorrlands län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('jamtland-harjedalen', 'Region Jämtland Härjedalen', '23', 'Jämtlands län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('vasterbotten', 'Region Västerbotten', '24', 'Västerbottens län');
INSERT INTO fc_region (id, name, county_code, county_name) VALUES ('norrbotten', 'Region Norrbotten', '25', 'Norrbottens län');

UPDATE fc_municipality SET code = '0114' WHERE name = 'Upplands Väsby';
UPDATE fc_municipality SET code = '0115' WHERE name = 'Vallentuna';
UPDATE fc_municipality SET code = '0117' WHERE name = 'Österåker';
UPDATE fc_municipality SET code = '0120' WHERE name = 'Värmdö';
UPDATE fc_municipality SET code = '0123' WHERE name = 'Järfälla';
UPDATE fc_municipality SET code = '0125' WHERE name = 'Ekerö';
UPDATE fc_municipality SET code = '0126' WHERE name = 'Huddinge';
UPDATE fc_municipality SET code = '0127' WHERE name = 'Botkyrka';
UPDATE fc_municipality SET code = '0128' WHERE name = 'Salem';
UPDATE fc_municipality SET code = '0136' WHERE name = 'Haninge';
UPDATE fc_municipality SET code = '0138' WHERE name = 'Tyresö';
UPDATE fc_municipality SET code = '0139' WHERE name = 'Upplands-Bro';
UPDATE fc_municipality SET code = '0140' WHERE name = 'Nykvarn';
UPDATE fc_municipality SET code = '0160' WHERE name = 'Täby';
UPDATE fc_municipality SET code = '0162' WHERE name = 'Danderyd';
UPDATE fc_municipality SET code = '0163' WHERE name = 'Sollentuna';
UPDATE fc_municipality SET code = '0180' WHERE name = 'Stockholm';
UPDATE fc_municipality SET code = '0181' WHERE name = 'Södertälje';
UPDATE fc_municipality SET code = '0182' WHERE name = 'Nacka';
UPDATE fc_municipality SET code = '0183' WHERE name = 'Sundbyberg';
UPDATE fc_municipality SET code = '0184' WHERE name = 'Solna';
UPDATE fc_municipality SET code = '0186' WHERE name = 'Lidingö';
UPDATE fc_municipality SET code = '0187' WHERE name = 'Vaxholm';
UPDATE fc_municipality SET code = '0188' WHERE name = 'Norrtälje';
UPDATE fc_municipality SET code = '0191' WHERE name = 'Sigtuna';
UPDATE fc_municipality SET code = '0192' WHERE name = 'Nynäshamn';
UPDATE fc_municipality SET code = '1214' WHERE name = 'Svalöv';
UPDATE fc_municipality SET code = '1230' WHERE name = 'Staffanstorp';
UPDATE fc_municipality SET code = '1231' WHERE name = 'Burlöv';
UPDATE fc_municipality SET code = '1233' WHERE name = 'Vellinge';
UPDATE fc_municipality SET code = '1256' WHERE name = 'Östra Göinge';
UPDATE fc_municipality SET code = '1257' WHERE name = 'Örkelljunga';
UPDATE fc_municipality SET code = '1260' WHERE name = 'Bjuv';
UPDATE fc_municipality SET code = '1261' WHERE name = 'Kävlinge';
UPDATE fc_municipality SET code = '1262' WHERE name = 'Lomma';
UPDATE fc_municipality SET code = '1263' WHERE name = 'Svedala';
UPDATE fc_municipality SET code = '1264' WHERE name = 'Skurup';
UPDATE fc_municipality SET code = '1265' WHERE name = 'Sjöbo';
UPDATE fc_municipality SET code = '1266' WHERE name = 'Hörby';
UPDATE fc_municipality SET code = '1267' WHERE name = 'Höör';
UPDATE fc_municipality SET code = '1270' WHERE name = 'Tomelilla';
UPDATE fc_municipality SET code = '1272' WHERE name = 'Bromölla';
UPDATE fc_municipality SET code = '1273' WHERE name = 'Osby';
UPDATE fc_municipality SET code = '1275' WHERE name = 'Perstorp';
UPDATE fc_municipality SET code = '1276' WHERE name = 'Klippan';
UPDATE fc_municipality SET code = '1277' WHERE name = 'Åstorp';
UPDATE fc_municipality SET code = '1278' WHERE name = 'Båstad';
UPDATE fc_municipality SET code = '1280' WHERE name = 'Malmö';
UPDATE fc_municipality SET code = '1281' WHERE name = 'Lund';
UPDATE fc_municipality SET code = '1282' WHERE name = 'Landskrona';
UPDATE fc_municipality SET code = '1283' WHERE name = 'Helsingborg';
UPDATE fc_municipality SET code = '1284' WHERE name = 'Höganäs';
UPDATE fc_municipality SET code = '1285' WHERE name = 'Eslöv';
UPDATE fc_municipality SET code = '1286' WHERE name = 'Ystad';
UPDATE fc_municipality SET code = '1287' WHERE name = 'Trelleborg';
UPDATE fc_municipality SET code = '1290' WHERE name = 'Kristianstad';
UPDATE fc_municipality SET code = '1291' WHERE name = 'Simrishamn';
UPDATE fc_municipality SET code = '1292' WHERE name = 'Ängelholm';
UPDATE fc_municipality SET code = '1293' WHERE name = 'Hässleholm';

INSERT INTO fc_municipality (name, region_id, code) VALUES
  ('Håbo', 'uppsala', '0305'),
  ('Älvkarleby', 'uppsala', '0319'),
  ('Knivsta', 'uppsala', '0330'),
  ('Heby', 'uppsala', '0331'),
  ('Tierp', 'uppsala', '0360'),
  ('Uppsala', 'uppsala', '0380'),
  ('Enköping', 'uppsala', '0381'),
  ('Östhammar', 'uppsala', '0382'),
  ('Vingåker', 'sormland', '0428'),
  ('Gnesta', 'sormland', '0461'),
  ('Nyköping', 'sormland', '0480'),
  ('Oxelösund', 'sormland', '0481'),
  ('Flen', 'sormland', '0482'),
  ('Katrineholm', 'sormland', '0483'),
  ('Eskilstuna', 'sormland', '0484'),
  ('Strängnäs', 'sormland', '0486'),
  ('Trosa', 'sormland', '0488'),
  ('Ödeshög', 'ostergotland', '0509'),
  ('Ydre', 'ostergotland', '0512'),
  ('Kinda', 'ostergotland', '0513'),
  ('Boxholm', 'ostergotland', '0560'),
  ('Åtvidaberg', 'ostergotland', '0561'),
  ('Finspång', 'ostergotland', '0562'),
  ('Valdemarsvik', 'ostergotland', '0563'),
  ('Linköping', 'ostergotland', '0580'),
  ('Norrköping', 'ostergotland', '0581'),
  ('Söderköping', 'ostergotland', '0582'),
  ('Motala', 'ostergotland', '0583'),
  ('Vadstena', 'ostergotland', '0584'),
  ('Mjölby', 'ostergotland', '0586'),
  ('Aneby', 'jonkoping', '0604'),
  ('Gnosjö', 'jonkoping', '0617'),
  ('Mullsjö', 'jonkoping', '0642'),
  ('Habo', 'jonkoping', '0643'),
  ('Gislaved', 'jonkoping', '0662'),
  ('Vaggeryd', 'jonkoping', '0665'),
  ('Jönköping', 'jonkoping', '0680'),
  ('Nässjö', 'jonkoping', '0682'),
  ('Värnamo', 'jonkoping', '0683'),
  ('Sävsjö', 'jonkoping', '0684'),
  ('Vetlanda', 'jonkoping', '0685'),
  ('Eksjö', 'jonkoping', '0686'),
  ('Tranås', 'jonkoping', '0687'),
  ('Uppvidinge', 'kronoberg', '0760'),
  ('Lessebo', 'kronoberg', '0761'),
  ('Tingsryd', 'kronoberg', '0763'),
  ('Alvesta', 'kronoberg', '0764'),
  ('Älmhult', 'kronoberg', '0765'),
  ('Markaryd', 'kronoberg', '0767'),
  ('Växjö', 'kronoberg', '0780'),
  ('Ljungby', 'kronoberg', '0781'),
  ('Högsby', 'kalmar', '0821'),
  ('Torsås', 'kalmar', '0834'),
  ('Mörbylånga', 'kalmar', '0840'),
  ('Hultsfred', 'kalmar', '0860'),
  ('Mönsterås', 'kalmar', '0861'),
  ('Emmaboda', 'kalmar', '0862'),
  ('Kalmar', 'kalmar', '0880'),
  ('Nybro', 'kalmar', '0881'),
  ('Oskarshamn', 'kalmar', '0882'),
  ('Västervik', 'kalmar', '0883'),
  ('Vimmerby', 'kalmar', '0884'),
  ('Borgholm', 'kalmar', '0885'),
  ('Gotland', 'gotland', '0980'),
  ('Olofström', 'blekinge', '1060'),
  ('Karlskrona', 'blekinge', '1080'),
  ('Ronneby', 'blekinge', '1081'),
  ('Karlshamn', 'blekinge', '1082'),
  ('Sölvesborg', 'blekinge', '1083'),
  ('Hylte', 'halland', '1315'),
  ('Halmstad', 'halland', '1380'),
  ('Laholm', 'halland', '1381'),
  ('Falkenberg', 'halland', '1382'),
  ('Varberg', 'halland', '1383'),
  ('Kungsbacka', 'halland', '1384'),
  ('Härryda', 'vastra-gotaland', '1401'),
  ('Partille', 'vastra-gotaland', '1402'),
  ('Öckerö', 'vastra-gotaland', '1407'),
  ('Stenungsund', 'vastra-gotaland', '1415'),
  ('Tjörn', 'vastra-gotaland', '1419'),
  ('Orust', 'vastra-gotaland', '1421'),
  ('Sotenäs', 'vastra-gotaland', '1427'),
  ('Munkedal', 'vastra-gotaland', '1430'),
  ('Tanum', 'vastra-gotaland', '1435'),
  ('Dals-Ed', 'vastra-gotaland', '1438'),
  ('Färgelanda', 'vastra-gotaland', '1439'),
  ('Ale', 'vastra-gotaland', '1440'),
  ('Lerum', 'vastra-gotaland', '1441'),
  ('Vårgårda', 'vastra-gotaland', '1442'),
  ('Bollebygd', 'vastra-gotaland', '1443'),
  ('Grästorp', 'vastra-gotaland', '1444'),
  ('Essunga', 'vastra-gotaland', '1445'),
  ('Karlsborg', 'vastra-gotaland', '1446'),
  ('Gullspång', 'vastra-gotaland', '1447'),
  ('Tranemo', 'vastra-gotaland', '1452'),
  ('Bengtsfors', 'vastra-gotaland', '1460'),
  ('Mellerud', 'vastra-gotaland', '1461'),
  ('Lilla Edet', 'vastra-gotaland', '1462'),
  ('Mark', 'vastra-gotaland', '1463'),
  ('Svenljunga', 'vastra-gotaland', '1465'),
  ('Herrljunga', 'vastra-gotaland', '1466'),
  ('Vara', 'vastra-gotaland', '1470'),
  ('Götene', 'vastra-gotaland', '1471'),
  ('Tibro', 'vastra-gotaland', '1472'),
  ('Töreboda', 'vastra-gotaland', '1473'),
  ('Göteborg', 'vastra-gotaland', '1480'),
  ('Mölndal', 'vastra-gotaland', '1481'),
  ('Kungälv', 'vastra-gotaland', '1482'),
  ('Lysekil', 'vastra-gotaland', '1484'),
  ('Uddevalla', 'vastra-gotaland', '1485'),
  ('Strömstad', 'vastra-gotaland', '1486'),
  ('Vänersborg', 'vastra-gotaland', '1487'),
  ('Trollhättan', 'vastra-gotaland', '1488'),
  ('Alingsås', 'vastra-gotaland', '1489'),
  ('Borås', 'vastra-gotaland', '1490'),
  ('Ulricehamn', 'vastra-gotaland', '1491'),
  ('Åmål', 'vastra-gotaland', '1492'),
  ('Mariestad', 'vastra-gotaland', '1493'),
  ('Lidköping', 'vastra-gotaland', '1494'),
  ('Skara', 'vastra-gotaland', '1495'),
  ('Skövde', 'vastra-gotaland', '1496'),
  ('Hjo', 'vastra-gotaland', '1497'),
  ('Tidaholm', 'vastra-gotaland', '1498'),
  ('Falköping', 'vastra-gotaland', '1499'),
  ('Kil', 'varmland', '1715'),
  ('Eda', 'varmland', '1730'),
  ('Torsby', 'varmland', '1737'),
  ('Storfors', 'varmland', '1760'),
  ('Hammarö', 'varmland', '1761'),
  ('Munkfors', 'varmland', '1762'),
  ('Forshaga', 'varmland', '1763'),
  ('Grums', 'varmland', '1764'),
  ('Årjäng', 'varmland', '1765'),
  ('Sunne', 'varmland', '1766'),
  ('Karlstad', 'varmland', '1780'),
  ('Kristinehamn', 'varmland', '1781'),
  ('Filipstad', 'varmland', '1782'),
  ('Hagfors', 'varmland', '1783'),
  ('Arvika', 'varmland', '1784'),
  ('Säffle', 'varmland', '1785'),
  ('Lekeberg', 'orebro', '1814'),
  ('Laxå', 'orebro', '1860'),
  ('Hallsberg', 'orebro', '1861'),
  ('Degerfors', 'orebro', '1862'),
  ('Hällefors', 'orebro', '1863'),
  ('Ljusnarsberg', 'orebro', '1864'),
  ('Örebro', 'orebro', '1880'),
  ('Kumla', 'orebro', '1881'),
  ('Askersund', 'orebro', '1882'),
  ('Karlskoga', 'orebro', '1883'),
  ('Nora', 'orebro', '1884'),
  ('Lindesberg', 'orebro', '1885'),
  ('Skinnskatteberg', 'vastmanland', '1904'),
  ('Surahammar', 'vastmanland', '1907'),
  ('Kungsör', 'vastmanland', '1960'),
  ('Hallstahammar', 'vastmanland', '1961'),
  ('Norberg', 'vastmanland', '1962'),
  ('Västerås', 'vastmanland', '1980'),
  ('Sala', 'vastmanland', '1981'),
  ('Fagersta', 'vastmanland', '1982'),
  ('Köping', 'vastmanland', '1983'),
  ('Arboga', 'vastmanland', '1984'),
  ('Vansbro', 'dalarna', '2021'),
  ('Malung-Sälen', 'dalarna', '2023'),
  ('Gagnef', 'dalarna', '2026'),
  ('Leksand', 'dalarna', '2029'),
  ('Rättvik', 'dalarna', '2031'),
  ('Orsa', 'dalarna', '2034'),
  ('Älvdalen', 'dalarna', '2039'),
  ('Smedjebacken', 'dalarna', '2061'),
  ('Mora', 'dalarna', '2062'),
  ('Falun', 'dalarna', '2080'),
  ('Borlänge', 'dalarna', '2081'),
  ('Säter', 'dalarna', '2082'),
  ('Hedemora', 'dalarna', '2083'),
  ('Avesta', 'dalarna', '2084'),
  ('Ludvika', 'dalarna', '2085'),
  ('Ockelbo', 'gavleborg', '2101'),
  ('Hofors', 'gavleborg', '2104'),
  ('Ovanåker', 'gavleborg', '2121'),
  ('Nordanstig', 'gavleborg', '2132'),
  ('Ljusdal', 'gavleborg', '2161'),
  ('Gävle', 'gavleborg', '2180'),
  ('Sandviken', 'gavleborg', '2181'),
  ('Söderhamn', 'gavleborg', '2182'),
  ('Bollnäs', 'gavleborg', '2183'),
  ('Hudiksvall', 'gavleborg', '2184'),
  ('Ånge', 'vasternorrland', '2260'),
  ('Timrå', 'vasternorrland', '2262'),
  ('Härnösand', 'vasternorrland', '2280'),
  ('Sundsvall', 'vasternorrland', '2281'),
  ('Kramfors', 'vasternorrland', '2282'),
  ('Sollefteå', 'vasternorrland', '2283'),
  ('Örnsköldsvik', 'vasternorrland', '2284'),
  ('Ragunda', 'jamtland-harjedalen', '2303'),
  ('Bräcke', 'jamtland-harjedalen', '2305'),
  ('Krokom', 'jamtland-harjedalen', '2309'),
  ('Strömsund', 'jamtland-harjedalen', '2313'),
  ('Åre', 'jamtland-harjedalen', '2321'),
  ('Berg', 'jamtland-harjedalen', '2326'),
  ('Härjedalen', 'jamtland-harjedalen', '2361'),
  ('Östersund', 'jamtland-harjedalen', '2380'),
  ('Nordmaling', 'vasterbotten', '2401'),
  ('Bjurholm', 'vasterbotten', '2403'),
  ('Vindeln', 'vasterbotten', '2404'),
  ('Robertsfors', 'vasterbotten', '2409'),
  ('Norsjö', 'vasterbotten', '2417'),
  ('Malå', 'vasterbotten', '2418'),
  ('Storuman', 'vasterbotten', '2421'),
  ('Sorsele', 'vasterbotten', '2422'),
  ('Dorotea', 'vasterbotten', '2425'),
  ('Vännäs', 'vasterbotten', '2460'),
  ('Vilhelmina', 'vasterbotten', '2462'),
  ('Åsele', 'vasterbotten', '2463'),
  ('Umeå', 'vasterbotten', '2480'),
  ('Lycksele', 'vasterbotten', '2481'),
  ('Skellefteå', 'vasterbotten', '2482'),
  ('Arvidsjaur', 'norrbotten', '2505'),
  ('Arjeplog', 'norrbotten', '2506'),
  ('Jokkmokk', 'norrbotten', '2510'),
  ('Överkalix', 'norrbotten', '2513'),
  ('Kalix', 'norrbotten', '2514'),
  ('Övertorneå', 'norrbotten', '2518'),
  ('Pajala', 'norrbotten', '2521'),
  ('Gällivare', 'norrbotten', '2523'),
  ('Älvsbyn', 'norrbotten', '2560'),
  ('Luleå', 'norrbotten', '2580'),
  ('Piteå', 'norrbotten', '2581'),
  ('Boden', 'norrbotten', '2582'),
  ('Haparanda', 'norrbotten', '2583'),
  ('Kiruna', 'norrbotten', '2584');

ALTER TABLE fc_region ALTER COLUMN county_code SET NOT NULL;
ALTER TABLE fc_region ALTER COLUMN county_name SET NOT NULL;
ALTER TABLE fc_municipality ALTER COLUMN code SET NOT NULL;
CREATE UNIQUE INDEX fc_region_county_code ON fc_region (county_code);
CREATE UNIQUE INDEX fc_municipality_code ON fc_municipality (code);
CREATE INDEX fc_municipality_region ON fc_municipality (region_id);

-- The districts a municipality works by (Stockholm's stadsdelsnämnder, Göteborg's and Malmö's stadsområden): a
-- centre's area in these municipalities names one of them, and coverage is shown per district as well.
CREATE TABLE fc_area (
  municipality VARCHAR(100) NOT NULL REFERENCES fc_municipality (name),
  name         VARCHAR(100) NOT NULL,
  kind         VARCHAR(40)  NOT NULL,
  PRIMARY KEY (municipality, name)
);

INSERT INTO fc_area (municipality, name, kind) VALUES
  ('Stockholm', 'Bromma', 'stadsdelsområde'),
  ('Stockholm', 'Enskede-Årsta-Vantör', 'stadsdelsområde'),
  ('Stockholm', 'Farsta', 'stadsdelsområde'),
  ('Stockholm', 'Hägersten-Älvsjö', 'stadsdelsområde'),
  ('Stockholm', 'Hässelby-Vällingby', 'stadsdelsområde'),
  ('Stockholm', 'Järva', 'stadsdelsområde'),
  ('Stockholm', 'Kungsholmen', 'stadsdelsområde'),
  ('Stockholm', 'Norra innerstaden', 'stadsdelsområde'),
  ('Stockholm', 'Skarpnäck', 'stadsdelsområde'),
  ('Stockholm', 'Skärholmen', 'stadsdelsområde'),
  ('Stockholm', 'Södermalm', 'stadsdelsområde'),
  ('Göteborg', 'Centrum', 'stadsområde'),
  ('Göteborg', 'Hisingen', 'stadsområde'),
  ('Göteborg', 'Nordost', 'stadsområde'),
  ('Göteborg', 'Sydväst', 'stadsområde'),
  ('Malmö', 'Innerstaden', 'stadsområde'),
  ('Malmö', 'Norr', 'stadsområde'),
  ('Malmö', 'Söder', 'stadsområde'),
  ('Malmö', 'Väster', 'stadsområde'),
  ('Malmö', 'Öster', 'stadsområde');
