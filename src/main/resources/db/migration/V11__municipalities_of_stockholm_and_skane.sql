-- Reference list: the 26 municipalities of Stockholms län (Region Stockholm) and the 33 of Skåne län (Region Skåne).
-- An initiative naming a municipality outside this list is refused. More regions: add a migration like this one.
INSERT INTO fc_region (id, name) VALUES ('stockholm', 'Region Stockholm');
INSERT INTO fc_region (id, name) VALUES ('skane', 'Region Skåne');

INSERT INTO fc_municipality (name, region_id) VALUES
  ('Botkyrka', 'stockholm'), ('Danderyd', 'stockholm'), ('Ekerö', 'stockholm'), ('Haninge', 'stockholm'),
  ('Huddinge', 'stockholm'), ('Järfälla', 'stockholm'), ('Lidingö', 'stockholm'), ('Nacka', 'stockholm'),
  ('Norrtälje', 'stockholm'), ('Nykvarn', 'stockholm'), ('Nynäshamn', 'stockholm'), ('Salem', 'stockholm'),
  ('Sigtuna', 'stockholm'), ('Sollentuna', 'stockholm'), ('Solna', 'stockholm'), ('Stockholm', 'stockholm'),
  ('Sundbyberg', 'stockholm'), ('Södertälje', 'stockholm'), ('Tyresö', 'stockholm'), ('Täby', 'stockholm'),
  ('Upplands Väsby', 'stockholm'), ('Upplands-Bro', 'stockholm'), ('Vallentuna', 'stockholm'),
  ('Vaxholm', 'stockholm'), ('Värmdö', 'stockholm'), ('Österåker', 'stockholm');

INSERT INTO fc_municipality (name, region_id) VALUES
  ('Bjuv', 'skane'), ('Bromölla', 'skane'), ('Burlöv', 'skane'), ('Båstad', 'skane'), ('Eslöv', 'skane'),
  ('Helsingborg', 'skane'), ('Hässleholm', 'skane'), ('Höganäs', 'skane'), ('Hörby', 'skane'), ('Höör', 'skane'),
  ('Klippan', 'skane'), ('Kristianstad', 'skane'), ('Kävlinge', 'skane'), ('Landskrona', 'skane'),
  ('Lomma', 'skane'), ('Lund', 'skane'), ('Malmö', 'skane'), ('Osby', 'skane'), ('Perstorp', 'skane'),
  ('Simrishamn', 'skane'), ('Sjöbo', 'skane'), ('Skurup', 'skane'), ('Staffanstorp', 'skane'), ('Svalöv', 'skane'),
  ('Svedala', 'skane'), ('Tomelilla', 'skane'), ('Trelleborg', 'skane'), ('Vellinge', 'skane'), ('Ystad', 'skane'),
  ('Åstorp', 'skane'), ('Ängelholm', 'skane'), ('Örkelljunga', 'skane'), ('Östra Göinge', 'skane');
