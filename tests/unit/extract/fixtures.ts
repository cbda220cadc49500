// Small hand-written articles (French and English) used as extraction fixtures.

export const FR_VERKOR = `Batteries : Verkor ouvre sa gigafactory à Dunkerque
Publié le 09-12-2024 par Claire Dubois

Verkor, la start-up grenobloise, inaugure son usine de Dunkerque (Hauts-de-France). Benoit Lemaignan, le PDG de Verkor, promet des cellules pour l'Alpine A390. Renault détient 20 % de Verkor. La start-up a signé un partenariat avec Renault pour fournir ses batteries.

À lire aussi
Tesla : les ventes reculent en Europe
Volkswagen prépare un plan d'économies
`;

export const EN_POWERCO = `PowerCo breaks ground in Spain
Published 2023-03-17 by Staff writer

PowerCo, the battery subsidiary of Volkswagen, will build a gigafactory in Sagunto, in eastern Spain. Thomas Schäfer, chief executive of Volkswagen, said the plant would supply the ID.2all. Volkswagen will invest about 3 billion euros in PowerCo. The company competes with CATL and LG Energy Solution.

Most read
Ford cuts jobs in Cologne - 2023-03-16 10:42
Nissan names new chief - 2023-03-16 09:10
`;

export const FR_GEELY = `Le chinois Geely renforce son emprise sur Volvo Cars
Le 4 mars 2024

Geely, basé à Hangzhou, est l'actionnaire principal de Volvo Cars. Polestar, la filiale de Volvo Cars, vend la Polestar 4 en Europe. Li Shufu, le fondateur de Geely, dirige aussi Zeekr. Lynk & Co, la marque du groupe Geely, est son autre atout.
`;

export const EN_HTML = `<!doctype html><html lang="en"><head><title>Site</title>
<meta property="article:published_time" content="2024-05-02T08:00:00Z"><meta name="author" content="Jane Roe">
<script>window.tracker = { name: "Google Analytics" };</script></head>
<body><nav><a href="/">Home</a> <a href="/latest">Latest</a></nav>
<article><h1>Tesla expands Gigafactory Berlin</h1>
<p>Tesla, the Austin-based carmaker led by Elon Musk, said on Thursday it will expand Gigafactory Berlin in Grünheide, near the German capital.</p>
<p>The plant produces the Model Y for European buyers, and Tesla competes with BYD and Volkswagen in the region. The expansion needs approval from the local authorities, which have raised concerns about water use.</p>
<script>console.log("Stellantis ad")</script></article></body></html>`;
