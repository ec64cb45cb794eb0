# Places of the Arab world, Iran, Turkey and world capitals/major cities, regions, water bodies and sites.
# Rows: (kind, cc, admin1_en, English name, Arabic names '|'-separated ('~' = weak alias), lat, lon, wikidata)
# kinds: admin1 city site region water other. Written from general knowledge (facts, not a copied data set).
P = []
def add(kind, cc, adm, en, ar, lat, lon, qid=""):
    P.append((kind, cc, adm, en, ar, lat, lon, qid))

# ---- Iraq: governorates (centres) and cities
for en, ar, lat, lon in [
    ("Baghdad Governorate","محافظة بغداد",33.33,44.4),("Basra Governorate","محافظة البصرة",30.5,47.6),
    ("Nineveh Governorate","نينوى|محافظة نينوى",36.2,42.6),("Anbar Governorate","الأنبار|الانبار|محافظة الأنبار|محافظة الانبار",33.4,42.0),
    ("Salah al-Din Governorate","صلاح الدين|محافظة صلاح الدين",34.5,43.5),("Kirkuk Governorate","محافظة كركوك",35.3,44.2),
    ("Diyala Governorate","ديالى|محافظة ديالى|ديالي",33.9,45.0),("Babil Governorate","بابل|محافظة بابل",32.5,44.5),
    ("Karbala Governorate","محافظة كربلاء",32.6,43.7),("Najaf Governorate","محافظة النجف",31.0,43.5),
    ("Wasit Governorate","واسط|محافظة واسط",32.6,45.8),("Maysan Governorate","ميسان|محافظة ميسان",31.9,47.1),
    ("Dhi Qar Governorate","ذي قار|محافظة ذي قار",31.1,46.3),("Muthanna Governorate","المثنى|محافظة المثنى",30.3,45.3),
    ("Al-Qadisiyyah Governorate","القادسية|محافظة القادسية|محافظة الديوانية",31.9,45.1),("Erbil Governorate","محافظة أربيل",36.4,44.4),
    ("Dohuk Governorate","محافظة دهوك",36.9,43.3),("Sulaymaniyah Governorate","محافظة السليمانية",35.6,45.5),
    ("Halabja Governorate","محافظة حلبجة",35.2,46.0),("Kurdistan Region","إقليم كردستان|اقليم كردستان|كردستان العراق|إقليم كردستان العراق|كردستان",36.4,44.3)]:
    add("admin1","IQ",en,en,ar,lat,lon)
for en, adm, ar, lat, lon in [
    ("Baghdad","Baghdad","بغداد|العاصمة بغداد|العاصمة العراقية",33.3406,44.4009),("Mosul","Nineveh","الموصل|موصل",36.335,43.1189),
    ("Basra","Basra","البصرة|البصره",30.5085,47.7804),("Kirkuk","Kirkuk","كركوك",35.4681,44.3922),("Erbil","Erbil","أربيل|اربيل|أربيل",36.1912,44.0092),
    ("Sulaymaniyah","Sulaymaniyah","السليمانية",35.5613,45.4308),("Duhok","Dohuk","دهوك",36.8671,42.9885),("Fallujah","Anbar","الفلوجة",33.35,43.7833),
    ("Ramadi","Anbar","الرمادي",33.4258,43.2992),("Tikrit","Salah al-Din","تكريت",34.6071,43.6782),("Samarra","Salah al-Din","سامراء",34.1959,43.8857),
    ("Baqubah","Diyala","بعقوبة",33.7466,44.6437),("Hillah","Babil","الحلة",32.4637,44.4196),("Karbala","Karbala","كربلاء",32.616,44.0249),
    ("Najaf","Najaf","النجف|النجف الأشرف",32.0259,44.3462),("Kut","Wasit","الكوت",32.5128,45.8182),("Amarah","Maysan","العمارة",31.8356,47.1448),
    ("Nasiriyah","Dhi Qar","الناصرية",31.0522,46.2611),("Samawah","Muthanna","السماوة",31.3099,45.2803),("Diwaniyah","Al-Qadisiyyah","الديوانية",31.9929,44.9255),
    ("Tal Afar","Nineveh","تلعفر|تل عفر",36.3768,42.4497),("Sinjar","Nineveh","سنجار|جبل سنجار",36.3209,41.8754),("Al-Qaim","Anbar","القائم",34.3686,41.0945),
    ("Haditha","Anbar","حديثة",34.1392,42.3781),("Rutba","Anbar","الرطبة",33.0381,40.2848),("Hit","Anbar","هيت",33.6416,42.8251),
    ("Tuz Khurmatu","Salah al-Din","طوزخورماتو|طوز خورماتو",34.8856,44.6326),("Baiji","Salah al-Din","بيجي",34.9311,43.487),
    ("Umm Qasr","Basra","أم قصر",30.0362,47.9195),("Zakho","Dohuk","زاخو",37.1436,42.6819),("Halabja","Halabja","حلبجة",35.1778,45.9861),
    ("Khanaqin","Diyala","خانقين",34.3481,45.3832),("Balad","Salah al-Din","بلد",34.0164,44.1453),("Jurf al-Sakhar","Babil","جرف الصخر|جرف النصر",32.85,44.15),
    ("Abu Ghraib","Baghdad","أبو غريب",33.2925,44.0642),("Taji","Baghdad","التاجي",33.52,44.26),("Makhmur","Erbil","مخمور",35.7751,43.5808),
    ("Qayyarah","Nineveh","القيارة",35.8,43.29),("Sharqat","Salah al-Din","الشرقاط",35.5101,43.2302),("Bartella","Nineveh","برطلة",36.35,43.38),
    ("Hamdaniya","Nineveh","الحمدانية|بغديدا|قرقوش",36.27,43.37),("Zubayr","Basra","الزبير",30.3892,47.7018),("Faw","Basra","الفاو",29.975,48.4725),
    ("Kufa","Najaf","الكوفة",32.0347,44.4016),("Jalawla","Diyala","جلولاء",34.2719,45.1656),("Muqdadiyah","Diyala","المقدادية",33.9786,44.9369),
    ("Rawa","Anbar","راوة",34.4655,41.9087),("Anah","Anbar","عانة",34.4722,41.98),("Husaybah","Anbar","حصيبة|الحصيبة",34.3925,41.0),
    ("Khalis","Diyala","الخالص",33.8081,44.5339),("Mahmudiyah","Baghdad","المحمودية",33.0612,44.3663),("Sadr City","Baghdad","مدينة الصدر",33.39,44.46),
    ("Kadhimiya","Baghdad","الكاظمية",33.38,44.34),("Adhamiyah","Baghdad","الأعظمية",33.37,44.37)]:
    add("city","IQ",adm,en,ar,lat,lon)
for en, adm, ar, lat, lon in [
    ("Green Zone","Baghdad","المنطقة الخضراء",33.3,44.39),("Mosul Dam","Nineveh","سد الموصل",36.63,42.82),("Haditha Dam","Anbar","سد حديثة",34.2,42.35),
    ("Ain al-Asad Air Base","Anbar","عين الأسد|قاعدة عين الأسد|عين الاسد|قاعدة عين الاسد",33.8,42.44),("Baghdad International Airport","Baghdad","مطار بغداد|مطار بغداد الدولي",33.2625,44.2346),
    ("Camp Ashraf","Diyala","معسكر أشرف",33.9,44.8),("Rabia border crossing","Nineveh","ربيعة|معبر ربيعة",36.8,42.1),("Al-Qaim border crossing","Anbar","معبر القائم",34.38,41.02),
    ("Trebil border crossing","Anbar","طريبيل|معبر طريبيل",33.1,38.8),("Hamrin Mountains","Salah al-Din","جبال حمرين|سلسلة جبال حمرين",34.5,44.3),("Al-Tharthar","Salah al-Din","الثرثار|بحيرة الثرثار",33.95,43.3),
    ("Mosul Old City","Nineveh","المدينة القديمة في الموصل",36.34,43.13),("Al-Nuri Mosque","Nineveh","جامع النوري|الجامع النوري",36.3409,43.1275),
    ("Victory Base/Camp Victory","Baghdad","~قاعدة فيكتوري",33.28,44.25),("Harir Air Base","Erbil","قاعدة حرير",36.54,44.35)]:
    add("site","IQ",adm,en,ar,lat,lon)

# ---- Syria
for en, ar, lat, lon in [
    ("Damascus Governorate","محافظة دمشق",33.51,36.29),("Rif Dimashq Governorate","ريف دمشق|محافظة ريف دمشق",33.5,36.6),
    ("Aleppo Governorate","محافظة حلب|ريف حلب",36.2,37.4),("Homs Governorate","محافظة حمص|ريف حمص",34.5,38.2),("Hama Governorate","محافظة حماة|ريف حماة",35.2,36.9),
    ("Latakia Governorate","محافظة اللاذقية|ريف اللاذقية",35.6,36.0),("Tartus Governorate","محافظة طرطوس",34.9,36.1),("Idlib Governorate","محافظة إدلب|محافظة ادلب|ريف إدلب|ريف ادلب",35.8,36.6),
    ("Raqqa Governorate","محافظة الرقة|ريف الرقة",35.9,38.9),("Deir ez-Zor Governorate","محافظة دير الزور|ريف دير الزور",35.0,40.5),
    ("Hasakah Governorate","محافظة الحسكة|ريف الحسكة",36.6,41.0),("Daraa Governorate","محافظة درعا|ريف درعا",32.8,36.2),
    ("Suwayda Governorate","محافظة السويداء",32.7,36.7),("Quneitra Governorate","محافظة القنيطرة",33.1,35.85)]:
    add("admin1","SY",en,en,ar,lat,lon)
for en, adm, ar, lat, lon in [
    ("Damascus","Damascus","دمشق|العاصمة دمشق|العاصمة السورية",33.5102,36.2913),("Aleppo","Aleppo","حلب",36.2021,37.1343),("Homs","Homs","حمص",34.7268,36.7234),
    ("Hama","Hama","حماة|حماه",35.1318,36.7578),("Latakia","Latakia","اللاذقية",35.5317,35.7901),("Tartus","Tartus","طرطوس",34.889,35.8866),
    ("Idlib","Idlib","إدلب|ادلب",35.9306,36.6339),("Raqqa","Raqqa","الرقة",35.9528,39.0079),("Deir ez-Zor","Deir ez-Zor","دير الزور",35.3359,40.1408),
    ("Hasakah","Hasakah","الحسكة",36.5024,40.7477),("Daraa","Daraa","درعا",32.6189,36.1021),("As-Suwayda","Suwayda","السويداء",32.7089,36.5695),
    ("Quneitra","Quneitra","القنيطرة",33.1256,35.8243),("Qamishli","Hasakah","القامشلي",37.0522,41.2318),("Manbij","Aleppo","منبج",36.5281,37.9549),
    ("Al-Bab","Aleppo","مدينة الباب",36.3705,37.5157),("Afrin","Aleppo","عفرين",36.5119,36.8695),("Kobani","Aleppo","عين العرب|كوباني",36.8903,38.3536),
    ("Azaz","Aleppo","أعزاز|اعزاز",36.5866,37.0463),("Jarabulus","Aleppo","جرابلس",36.8175,38.0114),("Tal Rifaat","Aleppo","تل رفعت",36.47,37.1),
    ("Palmyra","Homs","تدمر",34.5601,38.2805),("Abu Kamal","Deir ez-Zor","البوكمال|البو كمال",34.4533,40.9186),("Al-Mayadin","Deir ez-Zor","الميادين",35.0208,40.4519),
    ("Hajin","Deir ez-Zor","هجين",34.69,40.83),("Al-Baghuz","Deir ez-Zor","الباغوز|باغوز",34.4525,40.9523),("Al-Shaddadi","Hasakah","الشدادي",36.055,40.73),
    ("Ras al-Ayn","Hasakah","رأس العين",36.8503,40.0706),("Tal Abyad","Raqqa","تل أبيض|تل ابيض",36.6974,38.9567),("Tabqa","Raqqa","الطبقة",35.8356,38.5481),
    ("Ain Issa","Raqqa","عين عيسى",36.385,38.86),("Douma","Rif Dimashq","دوما",33.5722,36.4025),("Harasta","Rif Dimashq","حرستا",33.558,36.365),
    ("Eastern Ghouta","Rif Dimashq","الغوطة الشرقية|الغوطة",33.55,36.45),("Daraya","Rif Dimashq","داريا",33.458,36.236),("Zabadani","Rif Dimashq","الزبداني",33.7247,36.1003),
    ("Madaya","Rif Dimashq","مضايا",33.6878,36.1003),("Yarmouk Camp","Damascus","مخيم اليرموك|اليرموك",33.474,36.3),("Al-Dumayr","Rif Dimashq","الضمير|مطار الضمير",33.6441,36.6938),
    ("Qudsaya","Rif Dimashq","قدسيا",33.533,36.233),("Jobar","Damascus","جوبر",33.528,36.335),("Arbin","Rif Dimashq","عربين",33.5375,36.3636),
    ("Jisr al-Shughur","Idlib","جسر الشغور",35.8124,36.3178),("Maarat al-Numan","Idlib","معرة النعمان",35.6484,36.6726),("Saraqib","Idlib","سراقب",35.8644,36.8006),
    ("Khan Shaykhun","Idlib","خان شيخون",35.4419,36.6508),("Ariha","Idlib","أريحا@SY",35.8139,36.6094),("Kafr Nabl","Idlib","كفرنبل",35.6136,36.5606),
    ("Salamiyah","Hama","سلمية|السلمية",35.0113,37.0532),("Masyaf","Hama","مصياف",35.0653,36.3421),("Muhradah","Hama","محردة",35.2475,36.5733),
    ("Rastan","Homs","الرستن",34.9264,36.7324),("Talbiseh","Homs","تلبيسة",34.8406,36.73),("Al-Qusayr","Homs","القصير",34.5089,36.58),
    ("Baniyas","Tartus","بانياس",35.1822,35.9486),("Jableh","Latakia","جبلة",35.3617,35.9256),("Nawa","Daraa","نوى",32.8909,36.0431),
    ("Busra al-Harir","Daraa","بصر الحرير",32.84,36.34),("Bosra","Daraa","بصرى الشام|بصرى",32.5178,36.4817),("Izraa","Daraa","إزرع|ازرع",32.8569,36.2517),
    ("Al-Sanamayn","Daraa","الصنمين",33.0711,36.1842),("Jasim","Daraa","جاسم",32.9922,36.06),("Tafas","Daraa","طفس",32.7367,36.0669),
    ("Shahba","Suwayda","شهبا",32.8556,36.6294),("Al-Tanf","Homs","التنف|قاعدة التنف|معبر التنف",33.5,38.65),("Al-Hawl","Hasakah","الهول|بلدة الهول",36.38,41.15),
    ("Al-Malikiyah","Hasakah","المالكية|ديريك",37.1744,42.1383),("Amuda","Hasakah","عامودا",37.1042,40.93),("Tell Tamer","Hasakah","تل تمر",36.6472,40.3731),
    ("Kessab","Latakia","كسب",35.9267,35.99),("Al-Safira","Aleppo","السفيرة",36.0772,37.3728),("Darat Izza","Aleppo","دارة عزة",36.2817,36.8511),
    ("Atarib","Aleppo","الأتارب",36.1389,36.83),("Sarmada","Idlib","سرمدا",36.18,36.72),("Al-Dana","Idlib","الدانا",36.2125,36.7744),
    ("Harem","Idlib","حارم",36.2075,36.5192),("Binnish","Idlib","بنش",35.9567,36.7139),("Al-Sukhnah","Homs","السخنة",34.8848,38.8754),("Al-Qaryatayn","Homs","القريتين",34.2293,37.2409)]:
    add("city","SY",adm,en,ar,lat,lon)
for en, adm, ar, lat, lon in [
    ("al-Hol camp","Hasakah","مخيم الهول",36.38,41.15),("Roj camp","Hasakah","مخيم روج|مخيم الروج",36.98,42.08),("Rukban camp","Homs","مخيم الركبان|الركبان",33.31,38.7),
    ("Hmeimim Air Base","Latakia","حميميم|قاعدة حميميم",35.4011,35.9486),("Shayrat Airbase","Homs","الشعيرات|مطار الشعيرات|قاعدة الشعيرات",34.4903,36.9092),
    ("T-4 Airbase","Homs","مطار التيفور|التيفور|قاعدة التيفور|تي فور",34.5222,37.6297),("Mezzeh Airbase","Damascus","مطار المزة|المزة",33.4775,36.2233),
    ("Damascus International Airport","Rif Dimashq","مطار دمشق|مطار دمشق الدولي",33.4114,36.5156),("Aleppo International Airport","Aleppo","مطار حلب|مطار حلب الدولي",36.1807,37.2244),
    ("Tartus naval base","Tartus","قاعدة طرطوس|ميناء طرطوس",34.9,35.87),("Sednaya Prison","Rif Dimashq","سجن صيدنايا|صيدنايا",33.6653,36.3592),
    ("Bab al-Hawa crossing","Idlib","باب الهوى|معبر باب الهوى",36.23,36.67),("Bab al-Salama crossing","Aleppo","باب السلامة|معبر باب السلامة",36.64,37.03),
    ("Nasib border crossing","Daraa","معبر نصيب|نصيب|معبر جابر",32.55,36.2),("Al-Bukamal crossing","Deir ez-Zor","معبر البوكمال",34.45,40.95),
    ("Conoco gas field","Deir ez-Zor","حقل كونيكو|كونيكو",35.39,40.29),("Al-Omar oil field","Deir ez-Zor","حقل العمر|حقل العمر النفطي",35.2,40.55),
    ("Tishreen Dam","Aleppo","سد تشرين",36.38,38.18),("Tabqa Dam","Raqqa","سد الفرات|سد الطبقة",35.87,38.57),("Umayyad Mosque","Damascus","الجامع الأموي",33.5117,36.3064),
    ("Qasioun","Damascus","جبل قاسيون|قاسيون",33.54,36.27)]:
    add("site","SY",adm,en,ar,lat,lon)
add("region","SY","","Syrian Desert (Badia)","البادية|البادية السورية|بادية الشام",34.5,38.5)
add("region","SY","","Eastern Euphrates","شرق الفرات|منطقة شرق الفرات",35.8,40.3)
add("region","SY","","Northeast Syria","شمال شرق سوريا|شمال شرقي سوريا",36.5,40.5)
add("region","SY","","Northwest Syria","شمال غرب سوريا|شمال غربي سوريا",36.0,36.7)
add("region","SY","","Syrian Golan / Golan Heights","الجولان|هضبة الجولان|مرتفعات الجولان|الجولان المحتل|الجولان السوري",33.0,35.75)
add("region","SY","","Jazira (Syria)","~الجزيرة السورية",36.6,40.5)
add("region","SY","","Qalamoun","القلمون",33.95,36.55)

# ---- Lebanon
for en, ar, lat, lon in [("Beirut Governorate","محافظة بيروت",33.89,35.5),("Mount Lebanon Governorate","جبل لبنان|محافظة جبل لبنان",33.8,35.6),
    ("North Governorate (Lebanon)","محافظة الشمال@LB|شمال لبنان",34.4,35.9),("South Governorate (Lebanon)","محافظة الجنوب@LB|جنوب لبنان",33.3,35.4),
    ("Nabatieh Governorate","محافظة النبطية",33.35,35.55),("Beqaa Governorate","البقاع|محافظة البقاع|سهل البقاع",33.75,35.9),
    ("Baalbek-Hermel Governorate","محافظة بعلبك الهرمل|بعلبك الهرمل",34.2,36.3),("Akkar Governorate","عكار|محافظة عكار",34.5,36.15)]:
    add("admin1","LB",en,en,ar,lat,lon)
for en, adm, ar, lat, lon in [("Beirut","Beirut","بيروت|العاصمة اللبنانية|العاصمة بيروت",33.8933,35.5016),("Tripoli (Lebanon)","North","طرابلس@LB",34.4367,35.8497),
    ("Sidon","South","صيدا",33.5575,35.3715),("Tyre","South","~صور|مدينة صور",33.2733,35.1939),("Baalbek","Baalbek-Hermel","بعلبك",34.0058,36.2181),
    ("Zahle","Beqaa","زحلة",33.8463,35.902),("Nabatieh","Nabatieh","النبطية",33.3772,35.4836),("Byblos","Mount Lebanon","جبيل",34.1211,35.6481),
    ("Jounieh","Mount Lebanon","جونية",33.9808,35.6178),("Hermel","Baalbek-Hermel","الهرمل",34.3942,36.3847),("Arsal","Baalbek-Hermel","عرسال",34.1794,36.4206),
    ("Dahieh","Mount Lebanon","الضاحية الجنوبية|الضاحية الجنوبية لبيروت",33.85,35.5),("Naqoura","South","الناقورة",33.1181,35.1397),
    ("Ain al-Hilweh","South","عين الحلوة|مخيم عين الحلوة",33.545,35.38),("Shebaa Farms","Nabatieh","مزارع شبعا",33.28,35.72),("Qana","South","قانا",33.2094,35.2992),
    ("Bint Jbeil","Nabatieh","بنت جبيل",33.12,35.43),("Marjayoun","Nabatieh","مرجعيون",33.36,35.59)]:
    add("city","LB",adm,en,ar,lat,lon)
add("site","LB","Beirut","Port of Beirut","مرفأ بيروت|ميناء بيروت",33.9014,35.5186)
add("site","LB","Beirut","Beirut–Rafic Hariri International Airport","مطار بيروت|مطار رفيق الحريري الدولي|مطار بيروت الدولي",33.8209,35.4884)

# ---- Jordan
for en, ar, city, lat, lon, clat, clon in [
    ("Amman","عمان@JO|العاصمة الأردنية|العاصمة عمان","محافظة العاصمة@JO",31.9539,35.9106,31.95,36.0),("Irbid","إربد|اربد","محافظة إربد",32.5556,35.85,32.55,35.85),
    ("Zarqa","الزرقاء","محافظة الزرقاء",32.0728,36.088,32.1,36.5),("Mafraq","المفرق","محافظة المفرق",32.3433,36.208,32.3,37.2),
    ("Ajloun","عجلون","محافظة عجلون",32.3333,35.7528,32.33,35.75),("Jerash","جرش","محافظة جرش",32.2806,35.8993,32.28,35.9),
    ("Salt","السلط@JO|مدينة السلط","محافظة البلقاء",32.0392,35.7272,32.05,35.7),("Madaba","مادبا","محافظة مادبا",31.7167,35.8,31.7,35.8),
    ("Karak","الكرك","محافظة الكرك",31.1854,35.7048,31.2,35.7),("Tafilah","الطفيلة","محافظة الطفيلة",30.8375,35.6044,30.8,35.6),
    ("Ma'an","معان","محافظة معان",30.1962,35.736,30.0,36.2),("Aqaba","العقبة","محافظة العقبة",29.5267,35.0078,29.8,35.3)]:
    add("city","JO",en,en,ar,lat,lon); add("admin1","JO",en,en+" Governorate",city,clat,clon)
add("site","JO","Mafraq","Zaatari refugee camp","مخيم الزعتري|الزعتري",32.2945,36.3223)
add("region","XX","","Dead Sea","البحر الميت",31.5,35.5)
add("water","XX","","Jordan River","نهر الأردن",32.0,35.55)

# ---- Palestine / Israel
for en, cc, adm, ar, lat, lon, kind in [
    ("Gaza Strip","PS","Gaza","قطاع غزة|القطاع@ctx",31.42,34.38,"admin1"),("West Bank","PS","West Bank","الضفة الغربية|الضفة|الضفة الغربية المحتلة",31.95,35.25,"admin1"),
    ("Gaza City","PS","Gaza","غزة|مدينة غزة",31.5017,34.4668,"city"),("Jerusalem","IL","Jerusalem","القدس|القدس المحتلة|القدس الشرقية|القدس الغربية|بيت المقدس",31.769,35.2163,"city"),
    ("Ramallah","PS","West Bank","رام الله",31.8996,35.2042,"city"),("Nablus","PS","West Bank","نابلس",32.2211,35.2544,"city"),("Hebron","PS","West Bank","الخليل",31.5294,35.0938,"city"),
    ("Jenin","PS","West Bank","جنين|مخيم جنين",32.4646,35.3027,"city"),("Tulkarm","PS","West Bank","طولكرم",32.3104,35.0286,"city"),("Qalqilya","PS","West Bank","قلقيلية",32.1896,34.9706,"city"),
    ("Bethlehem","PS","West Bank","بيت لحم",31.7049,35.2038,"city"),("Jericho","PS","West Bank","أريحا|اريحا",31.8667,35.45,"city"),("Khan Yunis","PS","Gaza","خان يونس|خانيونس",31.3402,34.3063,"city"),
    ("Rafah","PS","Gaza","رفح",31.2969,34.2436,"city"),("Deir al-Balah","PS","Gaza","دير البلح",31.4183,34.3503,"city"),("Beit Hanoun","PS","Gaza","بيت حانون",31.5353,34.5381,"city"),
    ("Jabalia","PS","Gaza","جباليا|مخيم جباليا",31.5281,34.4831,"city"),("Nuseirat","PS","Gaza","النصيرات|مخيم النصيرات",31.4486,34.3925,"city"),("Beit Lahia","PS","Gaza","بيت لاهيا",31.5464,34.4951,"city"),
    ("Tel Aviv","IL","Tel Aviv","تل أبيب|تل ابيب",32.0809,34.7806,"city"),("Haifa","IL","Haifa","حيفا",32.8156,34.9892,"city"),("Eilat","IL","Southern District","إيلات|ايلات",29.5581,34.9482,"city"),
    ("Ashkelon","IL","Southern District","عسقلان",31.6688,34.5743,"city"),("Ashdod","IL","Southern District","أسدود|اسدود",31.7921,34.6497,"city"),("Beersheba","IL","Southern District","بئر السبع",31.2518,34.7913,"city"),
    ("Nazareth","IL","Northern District","الناصرة@IL",32.7036,35.2956,"city"),("Acre","IL","Northern District","عكا",32.9281,35.0818,"city"),("Sderot","IL","Southern District","سديروت",31.525,34.5969,"city"),
    ("Jaffa","IL","Tel Aviv","يافا",32.05,34.75,"city"),("Lod","IL","Central District","اللد",31.9516,34.8953,"city"),("Dimona","IL","Southern District","ديمونا",31.0694,35.0333,"city"),
    ("Umm al-Fahm","IL","Haifa","أم الفحم",32.5194,35.1536,"city"),("Safed","IL","Northern District","صفد",32.9646,35.496,"city"),("Tiberias","IL","Northern District","طبريا",32.7922,35.5312,"city"),
    ("Negev","IL","Southern District","النقب|صحراء النقب",30.8,34.8,"region"),("Galilee","IL","Northern District","الجليل",32.9,35.4,"region"),
    ("Al-Aqsa Mosque","IL","Jerusalem","المسجد الأقصى|الأقصى|المسجد الاقصى|الاقصى",31.7761,35.2358,"site"),("Rafah crossing","PS","Gaza","معبر رفح",31.2474,34.2594,"site"),
    ("Kerem Shalom crossing","PS","Gaza","كرم أبو سالم|معبر كرم أبو سالم|كرم ابو سالم",31.2253,34.2836,"site"),("Erez crossing","PS","Gaza","معبر بيت حانون|معبر إيريز|إيريز",31.5622,34.5597,"site"),
    ("Ben Gurion Airport","IL","Central District","مطار بن غوريون",32.0114,34.8867,"site"),("Church of the Holy Sepulchre","IL","Jerusalem","كنيسة القيامة",31.7784,35.2296,"site"),
    ("Dome of the Rock","IL","Jerusalem","قبة الصخرة",31.778,35.2354,"site")]:
    add(kind,cc,adm,en,ar,lat,lon)

# ---- Gulf states
for kind, cc, adm, en, ar, lat, lon in [
    ("city","SA","Riyadh","Riyadh","الرياض|العاصمة السعودية",24.6877,46.7219),("city","SA","Makkah","Jeddah","جدة|جده",21.5169,39.2192),("city","SA","Makkah","Mecca","مكة|مكة المكرمة",21.4266,39.8256),
    ("city","SA","Madinah","Medina","المدينة المنورة",24.4686,39.6142),("city","SA","Eastern Province","Dammam","الدمام",26.4344,50.1033),("city","SA","Eastern Province","Khobar","الخبر@SA",26.2794,50.2083),
    ("city","SA","Eastern Province","Dhahran","الظهران",26.2886,50.114),("city","SA","Makkah","Taif","الطائف",21.2703,40.4158),("city","SA","Asir","Abha","أبها|ابها",18.2164,42.5053),
    ("city","SA","Asir","Khamis Mushait","خميس مشيط",18.3,42.7333),("city","SA","Jazan","Jazan","جازان|جيزان",16.8892,42.5511),("city","SA","Najran","Najran","نجران",17.4924,44.1277),
    ("city","SA","Tabuk","Tabuk","تبوك",28.3998,36.5715),("city","SA","Qassim","Buraidah","بريدة",26.326,43.975),("city","SA","Hail","Ha'il","حائل",27.5219,41.6907),
    ("city","SA","Eastern Province","Qatif","القطيف",26.5654,49.9964),("city","SA","Eastern Province","Jubail","الجبيل",27.0174,49.6225),("city","SA","Madinah","Yanbu","ينبع",24.0891,38.0637),
    ("city","SA","Eastern Province","Abqaiq","بقيق|أبقيق",25.9339,49.6686),("city","SA","Tabuk","NEOM","نيوم",28.0,35.2),("city","SA","Eastern Province","Al-Ahsa","الأحساء|الاحساء|الهفوف",25.3833,49.5833),
    ("admin1","SA","Riyadh","Riyadh Province","منطقة الرياض",24.0,45.5),("admin1","SA","Makkah","Makkah Province","منطقة مكة المكرمة|منطقة مكة",21.5,41.0),("admin1","SA","Madinah","Madinah Province","منطقة المدينة المنورة",24.8,39.5),
    ("admin1","SA","Eastern Province","Eastern Province","المنطقة الشرقية@SA",23.5,50.0),("admin1","SA","Asir","Asir Province","عسير|منطقة عسير",19.0,42.5),("admin1","SA","Jazan","Jazan Province","منطقة جازان",17.2,42.7),
    ("admin1","SA","Najran","Najran Province","منطقة نجران",18.5,46.5),("admin1","SA","Al-Baha","Al-Baha Province","الباحة|منطقة الباحة",20.0,41.5),("admin1","SA","Tabuk","Tabuk Province","منطقة تبوك",27.5,37.0),
    ("admin1","SA","Hail","Ha'il Province","منطقة حائل",27.0,42.0),("admin1","SA","Al-Jawf","Al-Jawf Province (Saudi)","منطقة الجوف",30.0,39.5),("admin1","SA","Northern Borders","Northern Borders Province","منطقة الحدود الشمالية|الحدود الشمالية",30.5,42.0),
    ("admin1","SA","Qassim","Al-Qassim Province","القصيم|منطقة القصيم",26.2,43.5),
    ("city","AE","Abu Dhabi","Abu Dhabi","أبوظبي|أبو ظبي|ابوظبي|ابو ظبي",24.4667,54.3667),("city","AE","Dubai","Dubai","دبي",25.0657,55.1713),("city","AE","Sharjah","Sharjah","الشارقة",25.3374,55.4121),
    ("city","AE","Ajman","Ajman","عجمان",25.4018,55.4788),("city","AE","Umm al-Quwain","Umm al-Quwain","أم القيوين",25.5647,55.5552),("city","AE","Ras al-Khaimah","Ras al-Khaimah","رأس الخيمة",25.7895,55.9432),
    ("city","AE","Fujairah","Fujairah","الفجيرة",25.1164,56.3414),("city","AE","Abu Dhabi","Al Ain","العين@AE|مدينة العين",24.1917,55.7606),
    ("city","QA","Doha","Doha","الدوحة|العاصمة القطرية",25.2854,51.531),("city","QA","Al Wakrah","Al Wakrah","الوكرة",25.1715,51.6034),("city","QA","Al Rayyan","Al Rayyan","الريان",25.2919,51.4244),
    ("site","QA","Al Rayyan","Al Udeid Air Base","قاعدة العديد|العديد",25.1173,51.315),
    ("city","BH","Capital","Manama","المنامة",26.2154,50.5832),("city","BH","Muharraq","Muharraq","المحرق",26.2572,50.6119),("city","BH","Southern","Riffa","الرفاع",26.13,50.555),
    ("city","BH","Northern","Sitra","سترة",26.1547,50.6206),("city","BH","Northern","Diraz","الدراز",26.2186,50.4761),
    ("city","KW","Capital","Kuwait City","مدينة الكويت|العاصمة الكويتية|عاصمة الكويت",29.3697,47.9783),("city","KW","Jahra","Al Jahra","الجهراء",29.3375,47.6581),("city","KW","Ahmadi","Al Ahmadi","الأحمدي",29.0769,48.0839),
    ("city","OM","Muscat","Muscat","مسقط",23.5841,58.4078),("city","OM","Dhofar","Salalah","صلالة",17.0151,54.0924),("city","OM","Al Batinah North","Sohar","صحار",24.3474,56.7093),
    ("city","OM","Ad Dakhiliyah","Nizwa","نزوى",22.9333,57.5333),("admin1","OM","Dhofar","Dhofar","ظفار|محافظة ظفار",17.5,54.0),("admin1","OM","Musandam","Musandam","مسندم",26.2,56.25)]:
    add(kind,cc,adm,en,ar,lat,lon)

# ---- Yemen
for en, ar, lat, lon in [("Amanat al-Asimah","أمانة العاصمة",15.35,44.2),("Sanaa Governorate","محافظة صنعاء",15.3,44.3),("Aden Governorate","محافظة عدن",12.85,45.0),
    ("Taiz Governorate","محافظة تعز",13.5,43.9),("Al Hudaydah Governorate","محافظة الحديدة",14.8,43.2),("Hajjah Governorate","حجة|محافظة حجة",16.0,43.3),
    ("Saada Governorate","محافظة صعدة",16.9,43.8),("Marib Governorate","محافظة مأرب",15.5,45.5),("Al Jawf Governorate","الجوف@YE|محافظة الجوف",16.6,45.5),
    ("Shabwah Governorate","شبوة|محافظة شبوة",14.7,47.0),("Abyan Governorate","أبين|ابين|محافظة أبين",13.6,46.0),("Lahij Governorate","لحج|محافظة لحج",13.1,44.9),
    ("Dhale Governorate","الضالع|محافظة الضالع",13.7,44.73),("Ibb Governorate","محافظة إب",14.0,44.2),("Dhamar Governorate","محافظة ذمار",14.6,44.4),
    ("Al Bayda Governorate","البيضاء@YE|محافظة البيضاء",14.2,45.5),("Hadhramaut Governorate","حضرموت|محافظة حضرموت",16.0,49.0),("Al Mahrah Governorate","المهرة|محافظة المهرة",16.5,51.8),
    ("Socotra","سقطرى|أرخبيل سقطرى",12.5,53.9),("Amran Governorate","محافظة عمران",16.2,43.9),("Al Mahwit Governorate","المحويت|محافظة المحويت",15.4,43.6),("Raymah Governorate","ريمة|محافظة ريمة",14.7,43.6)]:
    add("admin1","YE",en,en,ar,lat,lon)
for en, adm, ar, lat, lon in [("Sanaa","Amanat al-Asimah","صنعاء|العاصمة صنعاء|العاصمة اليمنية",15.3547,44.2067),("Aden","Aden","عدن",12.7794,45.0367),("Taiz","Taiz","تعز",13.5795,44.0209),
    ("Al Hudaydah","Al Hudaydah","الحديدة|الحُديدة",14.7978,42.9545),("Mukalla","Hadhramaut","المكلا",14.5425,49.1242),("Marib","Marib","مأرب|مارب",15.4629,45.3253),("Saada","Saada","صعدة",16.9402,43.7639),
    ("Dhamar","Dhamar","ذمار",14.542,44.4051),("Ibb","Ibb","إب|مدينة إب",13.9667,44.1833),("Zinjibar","Abyan","زنجبار",13.1287,45.3807),("Ataq","Shabwah","عتق",14.5377,46.8319),
    ("Seiyun","Hadhramaut","سيئون",15.9432,48.7887),("Mocha","Taiz","المخا",13.3203,43.2502),("Midi","Hajjah","ميدي",16.3184,42.8118),("Amran","Amran","عمران",15.6594,43.9439),
    ("Al Bayda","Al Bayda","مدينة البيضاء",13.9852,45.5727),("Hajjah city","Hajjah","مدينة حجة",15.6943,43.6058),("Zabid","Al Hudaydah","زبيد",14.1951,43.3152),
    ("Al Khawkhah","Al Hudaydah","الخوخة",13.8,43.25),("Bayhan","Shabwah","بيحان",14.8,45.72),("Harad","Hajjah","حرض",16.4,43.0),("Al Ghaydah","Al Mahrah","الغيضة",16.2079,52.176),
    ("Lawdar","Abyan","لودر",13.8833,45.8667),("Al Hazm","Al Jawf","الحزم",16.1642,44.7769),("Ras Isa","Al Hudaydah","رأس عيسى",15.12,42.85),("Salif","Al Hudaydah","الصليف",15.3,42.68)]:
    add("city","YE",adm,en,ar,lat,lon)
add("site","YE","Al Hudaydah","Port of Hodeidah","ميناء الحديدة",14.83,42.93)
add("site","YE","Amanat al-Asimah","Sanaa International Airport","مطار صنعاء|مطار صنعاء الدولي",15.4763,44.2197)
add("site","YE","Aden","Aden International Airport","مطار عدن|مطار عدن الدولي",12.8295,45.0288)

# ---- Egypt
for en, ar, lat, lon in [("Cairo Governorate","محافظة القاهرة",30.05,31.4),("Giza Governorate","محافظة الجيزة",29.5,30.0),("Alexandria Governorate","محافظة الإسكندرية",31.0,29.8),
    ("Qalyubia","القليوبية|محافظة القليوبية",30.3,31.2),("Sharqia","الشرقية@EG|محافظة الشرقية",30.7,31.6),("Dakahlia","الدقهلية|محافظة الدقهلية",31.0,31.5),("Gharbia","الغربية@EG|محافظة الغربية",30.85,31.0),
    ("Monufia","المنوفية|محافظة المنوفية",30.5,30.9),("Beheira","البحيرة@EG|محافظة البحيرة",30.8,30.3),("Kafr el-Sheikh Governorate","كفر الشيخ|محافظة كفر الشيخ",31.3,30.9),("Damietta Governorate","محافظة دمياط",31.4,31.8),
    ("Port Said Governorate","محافظة بورسعيد",31.2,32.3),("Ismailia Governorate","محافظة الإسماعيلية",30.6,32.2),("Suez Governorate","محافظة السويس",29.9,32.5),
    ("North Sinai","شمال سيناء|محافظة شمال سيناء",30.6,33.6),("South Sinai","جنوب سيناء|محافظة جنوب سيناء",28.8,33.9),("Red Sea Governorate","محافظة البحر الأحمر",25.0,34.5),
    ("Matrouh","مطروح|محافظة مطروح|مرسى مطروح",30.0,27.0),("Faiyum","الفيوم|محافظة الفيوم",29.3,30.7),("Beni Suef","بني سويف|محافظة بني سويف",29.0,31.0),("Minya","المنيا|محافظة المنيا",28.1,30.7),
    ("Asyut","أسيوط|اسيوط|محافظة أسيوط",27.2,31.2),("Sohag","سوهاج|محافظة سوهاج",26.5,31.7),("Qena","قنا|محافظة قنا",26.2,32.7),("Luxor Governorate","محافظة الأقصر",25.7,32.6),
    ("Aswan Governorate","محافظة أسوان",23.7,32.6),("New Valley","الوادي الجديد|محافظة الوادي الجديد",25.0,28.5)]:
    add("admin1","EG",en,en,ar,lat,lon)
for en, adm, ar, lat, lon in [("Cairo","Cairo","القاهرة|العاصمة المصرية",30.0626,31.2497),("Alexandria","Alexandria","الإسكندرية|الاسكندرية",31.2156,29.9553),("Giza","Giza","الجيزة",30.0081,31.2109),
    ("Port Said","Port Said","بورسعيد|بور سعيد",31.2565,32.2841),("Suez","Suez","السويس",29.9737,32.5263),("Ismailia","Ismailia","الإسماعيلية|الاسماعيلية",30.6043,32.2723),
    ("Arish","North Sinai","العريش",31.1316,33.7984),("Rafah (Egypt)","North Sinai","رفح@EG|رفح المصرية",31.28,34.24),("Sheikh Zuweid","North Sinai","الشيخ زويد",31.2159,34.1105),("Bir al-Abd","North Sinai","بئر العبد",31.0186,33.0111),
    ("Sharm el-Sheikh","South Sinai","شرم الشيخ",27.9158,34.33),("Hurghada","Red Sea","الغردقة",27.2574,33.8129),("Luxor","Luxor","الأقصر@EG",25.6989,32.6421),("Aswan","Aswan","أسوان|اسوان",24.0934,32.907),
    ("Mansoura","Dakahlia","المنصورة",31.0364,31.3807),("Tanta","Gharbia","طنطا",30.7885,31.0019),("Zagazig","Sharqia","الزقازيق",30.5877,31.502),("Damietta","Damietta","دمياط",31.4165,31.8133),
    ("Mahalla al-Kubra","Gharbia","المحلة الكبرى|المحلة",30.9706,31.1669),("Shubra El Kheima","Qalyubia","شبرا الخيمة",30.1286,31.2422),("Helwan","Cairo","حلوان",29.8414,31.3008),
    ("El Alamein","Matrouh","العلمين",30.83,28.95),("Dahab","South Sinai","دهب",28.5,34.5)]:
    add("city","EG",adm,en,ar,lat,lon)
add("region","EG","","Sinai Peninsula","سيناء|شبه جزيرة سيناء",29.5,33.8)
add("water","EG","","Suez Canal","قناة السويس",30.6,32.3)
add("site","EG","Cairo","Tahrir Square","ميدان التحرير",30.0444,31.2357)

# ---- Libya, Sudan, Maghreb, Horn
for kind, cc, adm, en, ar, lat, lon in [
    ("city","LY","Tripoli","Tripoli (Libya)","طرابلس|العاصمة الليبية|طرابلس الغرب",32.8925,13.18),("city","LY","Benghazi","Benghazi","بنغازي",32.1167,20.0667),("city","LY","Misrata","Misrata","مصراتة",32.3754,15.0925),
    ("city","LY","Sirte","Sirte","سرت",31.2089,16.5887),("city","LY","Derna","Derna","درنة",32.767,22.6367),("city","LY","Tobruk","Tobruk","طبرق",32.0836,23.9764),("city","LY","Sabha","Sabha","سبها",27.0377,14.4283),
    ("city","LY","Zawiya","Zawiya","الزاوية@LY",32.7571,12.7278),("city","LY","Ajdabiya","Ajdabiya","أجدابيا|اجدابيا",30.7554,20.2263),("city","LY","Al Bayda","Bayda (Libya)","البيضاء@LY",32.7627,21.7551),
    ("city","LY","Zintan","Zintan","الزنتان",31.9317,12.2528),("city","LY","Kufra","Kufra","الكفرة",24.1997,23.2906),("city","LY","Gharyan","Gharyan","غريان",32.1722,13.0203),("city","LY","Tarhuna","Tarhuna","ترهونة",32.435,13.6332),
    ("city","LY","Ras Lanuf","Ras Lanuf","راس لانوف|رأس لانوف",30.5,18.55),("city","LY","Brega","Brega","البريقة",30.4168,19.5796),("city","LY","Sidra","Es Sider","السدرة",30.63,18.35),
    ("region","LY","","Fezzan","فزان|إقليم فزان",26.0,14.0),("region","LY","","Cyrenaica","برقة|إقليم برقة",30.5,22.0),("region","LY","","Oil Crescent","الهلال النفطي",30.5,19.0),
    ("site","LY","Tripoli","Mitiga Airport","مطار معيتيقة|معيتيقة",32.8942,13.276),
    ("city","SD","Khartoum","Khartoum","الخرطوم|العاصمة السودانية",15.5518,32.5324),("city","SD","Khartoum","Omdurman","أم درمان|ام درمان",15.6445,32.4777),("city","SD","Red Sea","Port Sudan","بورتسودان|بور سودان",19.6158,37.2164),
    ("city","SD","North Darfur","El Fasher","الفاشر",13.6279,25.3494),("city","SD","South Darfur","Nyala","نيالا",12.0489,24.8807),("city","SD","West Darfur","Geneina","الجنينة",13.4525,22.4472),
    ("city","SD","North Kordofan","El Obeid","الأبيض@SD",13.1843,30.2167),("city","SD","Kassala","Kassala","كسلا",15.451,36.4),("city","SD","Gezira","Wad Madani","ود مدني|مدني",14.4012,33.5199),
    ("city","SD","South Kordofan","Kadugli","كادقلي",11.0111,29.7183),("city","SD","River Nile","Atbara","عطبرة",17.7022,33.9864),("city","SD","Gedaref","Gedaref","القضارف",14.0354,35.3834),
    ("region","SD","","Darfur","دارفور|إقليم دارفور",13.5,24.0),("region","SD","","Kordofan","كردفان",13.0,29.5),("admin1","SD","Blue Nile","Blue Nile State","النيل الأزرق|ولاية النيل الأزرق",11.3,34.1),
    ("admin1","SD","Gezira","Al Jazirah State","ولاية الجزيرة",14.5,33.3),("admin1","SD","North Darfur","North Darfur","شمال دارفور|ولاية شمال دارفور",15.8,25.5),("admin1","SD","South Darfur","South Darfur","جنوب دارفور|ولاية جنوب دارفور",11.5,25.0),
    ("admin1","SD","West Darfur","West Darfur","غرب دارفور|ولاية غرب دارفور",13.0,22.6),("admin1","SD","South Kordofan","South Kordofan","جنوب كردفان|ولاية جنوب كردفان",11.2,30.0),("admin1","SD","North Kordofan","North Kordofan","شمال كردفان|ولاية شمال كردفان",14.5,29.5),
    ("city","SS","Central Equatoria","Juba","جوبا",4.8517,31.5825),
    ("city","TN","Tunis","Tunis","العاصمة التونسية|العاصمة تونس|عاصمة تونس",36.819,10.1658),("city","TN","Sfax","Sfax","صفاقس",34.7406,10.7603),("city","TN","Sousse","Sousse","سوسة",35.8254,10.6370),
    ("city","TN","Kairouan","Kairouan","القيروان",35.6781,10.0963),("city","TN","Bizerte","Bizerte","بنزرت",37.2744,9.8739),("city","TN","Gabes","Gabès","قابس",33.8815,10.0982),
    ("city","TN","Gafsa","Gafsa","قفصة",34.425,8.7842),("city","TN","Monastir","Monastir","المنستير",35.7643,10.8113),("city","TN","Kasserine","Kasserine","القصرين",35.1676,8.8365),
    ("city","TN","Medenine","Medenine","مدنين",33.3549,10.5055),("city","TN","Tataouine","Tataouine","تطاوين",32.9297,10.4518),("city","TN","Sidi Bouzid","Sidi Bouzid","سيدي بوزيد",35.0382,9.4849),
    ("city","TN","Nabeul","Nabeul","نابل",36.4561,10.7376),("city","TN","Medenine","Djerba","جربة",33.8,10.85),("city","TN","Medenine","Ben Gardane","بن قردان",33.1378,11.2167),
    ("city","DZ","Algiers","Algiers","العاصمة الجزائرية|الجزائر العاصمة|عاصمة الجزائر|العاصمة الجزائر",36.7525,3.042),("city","DZ","Oran","Oran","وهران",35.6969,-0.6331),("city","DZ","Constantine","Constantine","قسنطينة",36.365,6.6147),
    ("city","DZ","Annaba","Annaba","عنابة",36.9,7.7667),("city","DZ","Blida","Blida","البليدة",36.47,2.8277),("city","DZ","Batna","Batna","باتنة",35.5559,6.1741),("city","DZ","Setif","Sétif","سطيف",36.1911,5.4137),
    ("city","DZ","Tlemcen","Tlemcen","تلمسان",34.8783,-1.315),("city","DZ","Bejaia","Béjaïa","بجاية",36.7509,5.0567),("city","DZ","Tizi Ouzou","Tizi Ouzou","تيزي وزو",36.7169,4.0497),
    ("city","DZ","Ouargla","Ouargla","ورقلة",31.9493,5.3250),("city","DZ","Ghardaia","Ghardaïa","غرداية",32.4909,3.6735),("city","DZ","Tamanrasset","Tamanrasset","تمنراست",22.785,5.5228),
    ("city","DZ","Biskra","Biskra","بسكرة",34.8504,5.7280),("city","DZ","Bechar","Béchar","بشار@DZ",31.6167,-2.2167),("city","DZ","Djelfa","Djelfa","الجلفة",34.6728,3.263),("city","DZ","Tindouf","Tindouf","تندوف",27.6711,-8.1474),
    ("site","DZ","Ouargla","Hassi Messaoud","حاسي مسعود",31.6804,6.0729),("site","DZ","Illizi","In Amenas","عين أميناس|إن أميناس",28.05,9.55),
    ("city","MA","Rabat-Sale-Kenitra","Rabat","الرباط",34.0133,-6.8326),("city","MA","Casablanca-Settat","Casablanca","الدار البيضاء",33.5883,-7.6114),("city","MA","Marrakesh-Safi","Marrakesh","مراكش",31.6342,-7.9999),
    ("city","MA","Fes-Meknes","Fez","فاس",34.0331,-5.0003),("city","MA","Tanger-Tetouan-Al Hoceima","Tangier","طنجة",35.7673,-5.7998),("city","MA","Souss-Massa","Agadir","أكادير|اكادير",30.4202,-9.5982),
    ("city","MA","Fes-Meknes","Meknes","مكناس",33.8935,-5.5473),("city","MA","Oriental","Oujda","وجدة",34.6814,-1.9086),("city","MA","Rabat-Sale-Kenitra","Kenitra","القنيطرة@MA",34.261,-6.5802),
    ("city","MA","Tanger-Tetouan-Al Hoceima","Tetouan","تطوان",35.5785,-5.3684),("city","MA","Laayoune-Sakia El Hamra","Laayoune","العيون",27.1536,-13.2033),("city","MA","Dakhla-Oued Ed-Dahab","Dakhla","الداخلة",23.6848,-15.958),
    ("city","MA","Tanger-Tetouan-Al Hoceima","Al Hoceima","الحسيمة",35.2517,-3.9372),("city","MA","Oriental","Nador","الناظور",35.1681,-2.9335),("city","ES","Ceuta","Ceuta","سبتة",35.8894,-5.3213),("city","ES","Melilla","Melilla","مليلية",35.2937,-2.9383),
    ("city","MR","Nouakchott","Nouakchott","نواكشوط",18.0858,-15.9785),("city","MR","Dakhlet Nouadhibou","Nouadhibou","نواذيبو",20.9425,-17.0362),
    ("city","SO","Banaadir","Mogadishu","مقديشو",2.0371,45.3438),("city","SO","Woqooyi Galbeed","Hargeisa","هرجيسا",9.56,44.065),("city","SO","Lower Juba","Kismayo","كيسمايو",-0.3582,42.5454),
    ("city","SO","Bay","Baidoa","بيدوا",3.1138,43.6498),("city","SO","Bari","Bosaso","بوصاصو",11.2842,49.1816),("region","SO","","Puntland","بونتلاند|أرض البنط",8.4,48.5),("region","SO","","Somaliland","أرض الصومال|صوماليلاند",9.6,45.5),
    ("city","DJ","Djibouti","Djibouti City","مدينة جيبوتي",11.5886,43.145),("city","KM","Grande Comore","Moroni","موروني",-11.7022,43.2551)]:
    add(kind,cc,adm,en,ar,lat,lon)

# ---- Iran: provinces and cities
for en, ar, lat, lon in [("Tehran Province","محافظة طهران",35.6,51.4),("Isfahan Province","محافظة أصفهان",32.7,51.7),("Fars Province","فارس@IR|محافظة فارس|إقليم فارس",29.1,53.0),
    ("Khuzestan Province","خوزستان|الأحواز@prov|محافظة خوزستان|الأهواز@prov",31.4,48.9),("Razavi Khorasan","خراسان|خراسان رضوي",35.1,59.1),("East Azerbaijan","أذربيجان الشرقية",37.9,46.3),
    ("West Azerbaijan","أذربيجان الغربية",37.5,45.0),("Kermanshah Province","محافظة كرمانشاه",34.3,47.0),("Kurdistan Province","كردستان إيران|كردستان الإيرانية|محافظة كردستان",35.9,47.0),
    ("Sistan and Baluchestan","سيستان وبلوشستان|سيستان وبلوشستان",27.5,60.6),("Kerman Province","محافظة كرمان",29.5,57.0),("Hormozgan","هرمزجان|محافظة هرمزجان",27.1,56.3),
    ("Bushehr Province","محافظة بوشهر",28.8,51.2),("Gilan","جيلان|كيلان",37.3,49.6),("Mazandaran","مازندران",36.5,52.5),("Golestan","جلستان|كلستان|غلستان",37.3,55.1),
    ("Alborz Province","البرز|محافظة البرز",35.9,50.9),("Qom Province","محافظة قم",34.6,50.9),("Qazvin Province","محافظة قزوين",36.1,49.9),("Zanjan Province","محافظة زنجان",36.5,48.5),
    ("Hamadan Province","محافظة همدان",34.8,48.5),("Markazi","المركزية@IR|محافظة المركزي",34.6,50.0),("Lorestan","لرستان",33.6,48.3),("Ilam Province","محافظة إيلام",33.3,46.8),
    ("Kohgiluyeh and Boyer-Ahmad","كهكيلويه وبوير أحمد",30.7,50.9),("Chaharmahal and Bakhtiari","جهارمحال وبختياري|تشهارمحال وبختياري",32.0,50.8),("Yazd Province","محافظة يزد",31.9,54.4),
    ("Semnan Province","محافظة سمنان",35.2,54.5),("North Khorasan","خراسان الشمالية",37.5,57.3),("South Khorasan","خراسان الجنوبية",32.5,59.1),("Ardabil Province","محافظة أردبيل",38.4,48.0)]:
    add("admin1","IR",en,en,ar,lat,lon)
for en, adm, ar, lat, lon in [("Tehran","Tehran","طهران|العاصمة الإيرانية",35.6944,51.4215),("Mashhad","Razavi Khorasan","مشهد",36.297,59.6062),("Isfahan","Isfahan","أصفهان|اصفهان",32.6572,51.6776),
    ("Karaj","Alborz","كرج",35.8355,50.9915),("Shiraz","Fars","شيراز",29.6036,52.5388),("Tabriz","East Azerbaijan","تبريز",38.08,46.2919),("Qom","Qom","قم",34.6401,50.8764),
    ("Ahvaz","Khuzestan","الأهواز|الاهواز|الأحواز|الاحواز|أهواز",31.3203,48.6693),("Kermanshah","Kermanshah","كرمانشاه",34.3142,47.065),("Urmia","West Azerbaijan","أرومية|اورمية",37.5527,45.0761),
    ("Rasht","Gilan","رشت",37.2808,49.5832),("Zahedan","Sistan and Baluchestan","زاهدان",29.4963,60.8629),("Kerman","Kerman","كرمان",30.2832,57.0788),("Hamadan","Hamadan","همدان",34.799,48.5146),
    ("Yazd","Yazd","يزد",31.8974,54.3569),("Ardabil","Ardabil","أردبيل|اردبيل",38.2498,48.2933),("Bandar Abbas","Hormozgan","بندر عباس",27.1865,56.2808),("Arak","Markazi","أراك|اراك",34.0917,49.6892),
    ("Zanjan","Zanjan","زنجان",36.6736,48.4787),("Sanandaj","Kurdistan","سنندج",35.3144,46.9923),("Qazvin","Qazvin","قزوين",36.2797,50.0049),("Khorramabad","Lorestan","خرم آباد",33.4878,48.3558),
    ("Bushehr","Bushehr","بوشهر",28.9684,50.8385),("Abadan","Khuzestan","عبادان",30.3392,48.3043),("Khorramshahr","Khuzestan","المحمرة|خرمشهر",30.4397,48.1664),("Chabahar","Sistan and Baluchestan","تشابهار|جابهار|شابهار",25.2919,60.643),
    ("Natanz","Isfahan","نطنز|منشأة نطنز",33.5133,51.9163),("Fordow","Qom","فوردو|منشأة فوردو",34.8847,50.9956),("Kish Island","Hormozgan","جزيرة كيش|كيش",26.5578,54.0194),
    ("Qeshm","Hormozgan","قشم|جزيرة قشم",26.9581,56.2719),("Abu Musa","Hormozgan","أبو موسى|جزيرة أبو موسى",25.8733,55.0333),("Greater Tunb","Hormozgan","طنب الكبرى",26.265,55.305),
    ("Ilam","Ilam","إيلام",33.6374,46.4227),("Eshtehard","Alborz","اشتهارد",35.7255,50.3662),("Shush","Khuzestan","شوش@IR",32.1942,48.2436),("Dezful","Khuzestan","دزفول",32.3811,48.4058)]:
    add("city","IR",adm,en,ar,lat,lon)

# ---- Turkey: provinces named after their capital cities (city entry carries admin-1)
for en, ar, lat, lon in [("Istanbul","إسطنبول|اسطنبول|أسطنبول|إستانبول",41.0138,28.9497),("Ankara","أنقرة|انقرة|العاصمة التركية",39.9199,32.8543),("Izmir","إزمير|ازمير",38.4127,27.1384),
    ("Bursa","بورصة@TR",40.1956,29.0601),("Antalya","أنطاليا|انطاليا",36.9081,30.6956),("Adana","أضنة|اضنة",37.0,35.3213),("Gaziantep","غازي عنتاب|غازي عينتاب|عنتاب",37.0594,37.3825),
    ("Konya","قونية",37.8746,32.4932),("Sanliurfa","شانلي أورفة|أورفة|اورفة|شانلي اورفا|أورفا",37.1674,38.7955),("Mersin","مرسين",36.8121,34.6415),("Diyarbakir","ديار بكر|دياربكر",37.9144,40.2306),
    ("Kayseri","قيصري",38.7322,35.4853),("Hatay","هاتاي|لواء إسكندرون|أنطاكية",36.2025,36.1606),("Kahramanmaras","كهرمان مرعش|مرعش",37.5858,36.9371),("Malatya","ملاطية",38.3552,38.3095),
    ("Mardin","ماردين",37.3129,40.7339),("Batman","باتمان",37.8812,41.1351),("Sirnak","شرناق|شرنخ",37.5164,42.4611),("Hakkari","هكاري",37.5744,43.7408),("Van","مدينة وان|ولاية وان|بحيرة وان|~وان|~فان",38.4946,43.38),
    ("Siirt","سعرت",37.9333,41.95),("Bitlis","بدليس",38.4006,42.1095),("Mus","موش",38.7432,41.5065),("Adiyaman","أديامان|اديامان",37.7648,38.2786),("Kilis","كلس|كيليس",36.7184,37.1212),
    ("Osmaniye","عثمانية",37.0742,36.2478),("Elazig","إلازيغ|ألازيغ",38.6749,39.2226),("Tunceli","تونجلي|ديرسم",39.1079,39.5401),("Erzurum","أرضروم|ارضروم",39.9043,41.2679),
    ("Trabzon","طرابزون",41.005,39.7269),("Samsun","سامسون",41.2867,36.33),("Eskisehir","إسكي شهير|اسكيشهير",39.7767,30.5206),("Sakarya","سكاريا|صقاريا",40.7731,30.3948),
    ("Kocaeli","كوجالي|إزميت",40.7654,29.9408),("Edirne","أدرنة|ادرنة",41.6771,26.5557),("Tekirdag","تكيرداغ",40.9781,27.5117),("Denizli","دنيزلي",37.7765,29.0864),("Mugla","موغلا",37.2153,28.3636),
    ("Aydin","آيدن",37.8444,27.8458),("Manisa","مانيسا",38.6191,27.4289),("Balikesir","باليكسير",39.6484,27.8826),("Canakkale","جناق قلعة|تشاناكالي",40.1553,26.4142),("Sivas","سيواس",39.7477,37.0179),
    ("Agri","آغري",39.7191,43.0503),("Kars","قارص",40.6013,43.0949),("Igdir","إغدير",39.9237,44.045),("Rize","ريزة|ريزه",41.0201,40.5234),("Bodrum","بودروم",37.0344,27.4305),("Alanya","ألانيا",36.5438,31.9998),
    ("Incirlik","إنجرليك|قاعدة إنجرليك|انجرليك",37.0021,35.4259),("Cizre","جزيرة ابن عمر|جيزرة",37.3276,42.1903),("Nusaybin","نصيبين",37.0719,41.2148),("Akcakale","أقجة قلعة",36.7111,38.9478),
    ("Ceylanpinar","جيلان بينار",36.8465,40.0493),("Suruc","سروج",36.9761,38.4247),("Reyhanli","الريحانية",36.2689,36.5672),("Iskenderun","الإسكندرونة|إسكندرون",36.5872,36.1735)]:
    add("city","TR",en,en,ar,lat,lon)
add("water","TR","","Bosphorus","البوسفور|مضيق البوسفور",41.1,29.05)

# ---- World capitals and major cities (frequent in Arabic news)
for cc, en, ar, lat, lon in [("US","Washington, D.C.","واشنطن|العاصمة الأمريكية واشنطن",38.8951,-77.0364),("US","New York City","نيويورك",40.7143,-74.006),("US","Los Angeles","لوس أنجلوس|لوس انجلوس",34.0522,-118.2437),
    ("US","Chicago","شيكاغو",41.85,-87.65),("US","Houston","هيوستن",29.7633,-95.3633),("US","Miami","ميامي",25.7743,-80.1937),("US","San Francisco","سان فرانسيسكو",37.7749,-122.4194),("US","Atlanta","أتلانتا|اتلانتا",33.749,-84.388),
    ("US","Boston","بوسطن",42.3584,-71.0598),("US","Seattle","سياتل",47.6062,-122.3321),("US","Las Vegas","لاس فيغاس|لاس فيجاس",36.175,-115.1372),("US","Dallas","دالاس",32.7831,-96.8067),("US","Philadelphia","فيلادلفيا",39.9523,-75.1638),
    ("US","Detroit","ديترويت",42.3314,-83.0457),("US","Pittsburgh","بيتسبرغ",40.4406,-79.9959),("US","Denver","دنفر",39.7392,-104.9847),("US","Phoenix","فينيكس",33.4484,-112.074),
    ("GB","London","لندن",51.5085,-0.1257),("GB","Manchester","مانشستر",53.4809,-2.2374),("GB","Birmingham","برمنغهام",52.4814,-1.8998),("GB","Liverpool","ليفربول",53.4106,-2.9779),("GB","Edinburgh","إدنبرة|ادنبره",55.9521,-3.1965),
    ("GB","Salisbury","سالزبري|سالزبوري",51.0693,-1.7957),("FR","Paris","باريس",48.8534,2.3488),("FR","Marseille","مرسيليا",43.2970,5.3811),("FR","Lyon","ليون",45.7485,4.8467),("FR","Nice","نيس",43.7031,7.2661),
    ("FR","Strasbourg","ستراسبورغ",48.5839,7.7455),("DE","Berlin","برلين",52.5244,13.4105),("DE","Munich","ميونيخ|ميونخ",48.1374,11.5755),("DE","Hamburg","هامبورغ",53.5753,10.0153),("DE","Frankfurt","فرانكفورت",50.1155,8.6842),("DE","Cologne","كولونيا",50.9333,6.95),
    ("RU","Moscow","موسكو",55.7522,37.6156),("RU","Saint Petersburg","سان بطرسبرغ|سانت بطرسبرغ",59.9386,30.3141),("RU","Sochi","سوتشي",43.6028,39.7342),("RU","Rostov-on-Don","روستوف|روستوف أون دون",47.2313,39.7233),
    ("RU","Kazan","قازان",55.7887,49.1221),("RU","Volgograd","فولغوغراد",48.7194,44.5018),("RU","Yekaterinburg","يكاترينبورغ",56.8519,60.6122),("RU","Kaliningrad","كالينينغراد",54.7065,20.511),("RU","Grozny","غروزني",43.312,45.6889),
    ("CN","Beijing","بكين|العاصمة الصينية بكين",39.9075,116.3972),("CN","Shanghai","شنغهاي|شانغهاي",31.2222,121.4581),("CN","Wuhan","ووهان",30.5833,114.2667),("CN","Guangzhou","قوانغتشو|غوانغتشو",23.1167,113.25),
    ("JP","Tokyo","طوكيو",35.6895,139.6917),("JP","Osaka","أوساكا",34.6937,135.5022),("JP","Hiroshima","هيروشيما",34.3963,132.4594),("JP","Okinawa","أوكيناوا",26.5,127.9),
    ("KP","Pyongyang","بيونغ يانغ|بيونغيانغ|بيونج يانج",39.0339,125.7543),("KR","Seoul","سول|سيول",37.566,126.9784),("KR","Busan","بوسان",35.1028,129.0403),("KR","Panmunjom","بانمونجوم",37.956,126.677),
    ("IN","New Delhi","نيودلهي|نيو دلهي",28.6358,77.2245),("IN","Mumbai","مومباي|بومباي",19.0728,72.8826),("IN","Kolkata","كلكتا",22.5626,88.363),("IN","Kashmir","كشمير",34.0,75.5),
    ("PK","Islamabad","إسلام آباد|اسلام اباد|إسلام أباد",33.7215,73.0433),("PK","Karachi","كراتشي",24.8608,67.0104),("PK","Lahore","لاهور",31.558,74.3507),("PK","Peshawar","بيشاور",34.008,71.5785),("PK","Quetta","كويتا",30.1841,67.0014),
    ("AF","Kabul","كابل|كابول",34.5281,69.1723),("AF","Kandahar","قندهار",31.6133,65.7101),("AF","Herat","هرات",34.348,62.1997),("AF","Jalalabad","جلال آباد",34.4265,70.4515),("AF","Mazar-i-Sharif","مزار شريف",36.709,67.1109),("AF","Kunduz","قندوز",36.728,68.868),
    ("IT","Rome","روما",41.8919,12.5113),("IT","Milan","ميلانو",45.4643,9.1895),("IT","Naples","نابولي",40.8522,14.2681),("IT","Sicily","صقلية|جزيرة صقلية",37.6,14.0),("IT","Lampedusa","لامبيدوزا",35.5,12.6),
    ("ES","Madrid","مدريد",40.4165,-3.7026),("ES","Barcelona","برشلونة",41.3888,2.159),("ES","Seville","إشبيلية",37.3828,-5.9732),("PT","Lisbon","لشبونة",38.7167,-9.1333),("GR","Athens","أثينا",37.9838,23.7278),
    ("NL","Amsterdam","أمستردام|امستردام",52.374,4.8897),("NL","The Hague","لاهاي",52.0767,4.2986),("BE","Brussels","بروكسل",50.8505,4.3488),("CH","Geneva","جنيف",46.2022,6.1457),("CH","Zurich","زيورخ",47.3667,8.55),
    ("CH","Bern","برن",46.9481,7.4474),("CH","Davos","دافوس",46.8027,9.836),("CH","Lausanne","لوزان",46.516,6.6328),("AT","Vienna","فيينا",48.2085,16.3721),("SE","Stockholm","ستوكهولم",59.3326,18.0649),
    ("NO","Oslo","أوسلو|اوسلو",59.9127,10.7461),("DK","Copenhagen","كوبنهاغن",55.6759,12.5655),("FI","Helsinki","هلسنكي",60.1695,24.9354),("PL","Warsaw","وارسو",52.2298,21.0118),("CZ","Prague","براغ",50.088,14.4208),
    ("HU","Budapest","بودابست",47.498,19.0399),("RO","Bucharest","بوخارست",44.4323,26.1063),("BG","Sofia","صوفيا",42.6975,23.3242),("RS","Belgrade","بلغراد",44.804,20.4651),("UA","Kyiv","كييف|كيف",50.4547,30.5238),
    ("UA","Kharkiv","خاركيف",49.9808,36.2527),("UA","Odesa","أوديسا|اوديسا",46.4775,30.7326),("UA","Mariupol","ماريوبول",47.0971,37.5434),("UA","Crimea","القرم|شبه جزيرة القرم",45.3,34.4),("UA","Donbas","دونباس",48.0,38.0),
    ("BY","Minsk","مينسك",53.9,27.5667),("LT","Vilnius","فيلنيوس",54.6892,25.2798),("IE","Dublin","دبلن",53.3331,-6.2489),("TR","Ankara2",None,0,0),
    ("CA","Ottawa","أوتاوا|اوتاوا",45.4112,-75.6981),("CA","Toronto","تورونتو|تورنتو",43.7001,-79.4163),("CA","Montreal","مونتريال",45.5088,-73.5878),("MX","Mexico City","مكسيكو سيتي|مدينة مكسيكو",19.4285,-99.1277),
    ("BR","Brasilia","برازيليا",-15.7797,-47.9297),("BR","Rio de Janeiro","ريو دي جانيرو",-22.9028,-43.2075),("BR","Sao Paulo","ساو باولو",-23.5475,-46.6361),("AR","Buenos Aires","بوينس آيرس|بوينس ايرس",-34.6132,-58.3772),
    ("VE","Caracas","كاراكاس",10.488,-66.8792),("CU","Havana","هافانا",23.133,-82.383),("CL","Santiago","سانتياغو",-33.4569,-70.6483),("CO","Bogota","بوغوتا",4.6097,-74.0817),("PE","Lima","ليما",-12.0432,-77.0282),
    ("UY","Montevideo","مونتيفيديو",-34.9033,-56.1882),("AU","Canberra","كانبيرا",-35.2835,149.1281),("AU","Sydney","سيدني",-33.8679,151.2073),("AU","Melbourne","ملبورن",-37.814,144.9633),("NZ","Wellington","ولينغتون",-41.2866,174.7756),
    ("NZ","Christchurch","كرايست تشيرش",-43.5333,172.6333),("ID","Jakarta","جاكرتا",-6.2146,106.8451),("ID","Bali","بالي",-8.4,115.2),("MY","Kuala Lumpur","كوالالمبور|كوالا لمبور|كوالا لامبور",3.1412,101.6865),
    ("SG","Singapore City","~سنغافورة العاصمة",1.2897,103.8501),("TH","Bangkok","بانكوك",13.754,100.5014),("VN","Hanoi","هانوي",21.0245,105.8412),("PH","Manila","مانيلا",14.6042,120.9822),("MM","Rakhine","راخين|أراكان",20.0,93.5),
    ("BD","Dhaka","دكا",23.7104,90.4074),("BD","Cox's Bazar","كوكس بازار",21.4532,91.9758),("LK","Colombo","كولومبو",6.9319,79.8478),("NP","Kathmandu","كاتماندو",27.7017,85.3206),("HK","Hong Kong City","~هونغ كونغ المدينة",22.2783,114.1747),
    ("TW","Taipei","تايبيه|تايبي",25.0478,121.5319),("KZ","Astana","أستانا|استانا|نور سلطان",51.1801,71.446),("UZ","Tashkent","طشقند",41.2647,69.2163),("AZ","Baku","باكو",40.3777,49.892),("GE","Tbilisi","تبليسي",41.6941,44.8337),
    ("AM","Yerevan","يريفان",40.1811,44.5136),("AZ","Nagorno-Karabakh","ناغورني قره باغ|قره باغ",39.8,46.75),("CY","Nicosia","نيقوسيا",35.1753,33.3642),("MT","Valletta","فاليتا",35.8997,14.5147),
    ("ET","Addis Ababa","أديس أبابا|اديس ابابا",9.025,38.7469),("KE","Nairobi","نيروبي",-1.2833,36.8167),("NG","Abuja","أبوجا",9.0579,7.4951),("NG","Lagos","لاغوس",6.4531,3.3958),("ZA","Pretoria","بريتوريا",-25.7449,28.1878),
    ("ZA","Johannesburg","جوهانسبرغ",-26.2023,28.0436),("ZA","Cape Town","كيب تاون",-33.9258,18.4232),("ER","Asmara","أسمرة",15.3381,38.9318),("TD","N'Djamena","نجامينا|انجامينا",12.1067,15.0444),("NE","Niamey","نيامي",13.5137,2.1098),
    ("ML","Bamako","باماكو",12.65,-8.0),("ML","Timbuktu","تمبكتو",16.7735,-3.0074),("SN","Dakar","داكار",14.6937,-17.4441),("UG","Kampala","كمبالا",0.3163,32.5822),("TZ","Dar es Salaam","دار السلام",-6.8235,39.2695),
    ("RW","Kigali","كيغالي",-1.95,30.0588),("GH","Accra","أكرا",5.556,-0.1969),("CD","Kinshasa","كينشاسا",-4.3276,15.3136),("NG","Borno","بورنو|ولاية بورنو",11.5,13.0),("NG","Maiduguri","مايدوغوري",11.8464,13.1603),
    ("PS","Gaza2",None,0,0),("VA","Vatican","~الكرسي الرسولي",41.9029,12.4534),("US","Texas","تكساس",31.2,-99.3),("US","California","كاليفورنيا",37.2,-119.4),("US","Florida","فلوريدا",28.6,-82.4),
    ("US","Virginia","فيرجينيا|فرجينيا",37.5,-78.8),("US","Hawaii","هاواي",20.8,-156.3),("US","Alaska","ألاسكا",64.0,-150.0),("US","Guam","غوام",13.45,144.78),("US","Singapore2",None,0,0),("US","Ohio","أوهايو",40.3,-82.8),("US","Michigan","ميشيغان",44.3,-85.4),
    ("US","Pennsylvania","بنسلفانيا",40.9,-77.8),("US","Georgia (US state)","ولاية جورجيا",32.7,-83.4),("US","Arizona","أريزونا",34.3,-111.7),("US","Nevada","نيفادا",39.3,-116.6),("US","Alabama","ألاباما",32.8,-86.8),
    ("GB","Scotland","اسكتلندا|إسكتلندا",56.8,-4.2),("GB","Wales","ويلز",52.3,-3.7),("GB","Northern Ireland","أيرلندا الشمالية|ايرلندا الشمالية",54.6,-6.7),("ES","Catalonia","كتالونيا|إقليم كتالونيا",41.8,1.5),
    ("RU","Siberia","سيبيريا",60.0,100.0),("RU","Chechnya","الشيشان",43.4,45.7),("RU","Dagestan","داغستان",42.8,47.0),("CN","Xinjiang","شينجيانغ|شينجيانج|تركستان الشرقية",41.1,85.2),("CN","Tibet","التبت",31.7,87.0)]:
    if ar is None: continue
    kind = "admin1" if en in ("Texas","California","Florida","Virginia","Hawaii","Alaska","Ohio","Michigan","Pennsylvania","Georgia (US state)","Arizona","Nevada","Alabama","Scotland","Wales","Northern Ireland","Catalonia","Chechnya","Dagestan","Xinjiang","Tibet","Crimea","Borno","Kashmir","Rakhine") else ("region" if en in ("Siberia","Donbas","Nagorno-Karabakh","Sicily","Bali","Okinawa") else "city")
    add(kind, cc, "", en, ar, lat, lon)
for en, ar, lat, lon in [("Pentagon","البنتاغون|البنتاجون",38.8719,-77.0563),("White House","البيت الأبيض",38.8977,-77.0365),("Capitol","الكابيتول|مبنى الكابيتول",38.8899,-77.0091),
    ("Pearl Harbor","بيرل هاربر",21.3649,-157.95),("Guantanamo Bay","غوانتانامو|معتقل غوانتانامو",19.9,-75.1)]:
    add("site","US","",en,ar,lat,lon)
add("site","RU","Moscow","Kremlin","الكرملين",55.752,37.6175)
add("site","GB","London","Buckingham Palace","قصر بكنغهام|قصر باكنغهام",51.5014,-0.1419)
add("site","GB","London","Downing Street","داونينغ ستريت|داوننغ ستريت",51.5034,-0.1276)
add("site","FR","Paris","Élysée Palace","الإليزيه|قصر الإليزيه|الاليزيه",48.8704,2.3167)
add("site","RU","Rostov","Rostov Arena","روستوف أرينا",47.2094,39.7378)
add("site","JP","Chiba","Tokyo Disneyland","طوكيو ديزني لاند|ديزني لاند",35.6329,139.8804)

# ---- Regions and water bodies
for kind, en, cc, ar, lat, lon in [
    ("region","Middle East","XX","الشرق الأوسط|الشرق الاوسط",29.0,41.0),("region","Persian Gulf region","XX","الخليج|الخليج العربي|منطقة الخليج|الخليج الفارسي",26.5,52.0),
    ("region","Europe","XX","أوروبا|اوروبا|القارة الأوروبية|القارة العجوز",50.0,15.0),("region","Asia","XX","آسيا|اسيا|القارة الآسيوية",34.0,100.0),
    ("region","Africa","XX","أفريقيا|إفريقيا|افريقيا|القارة الأفريقية|القارة السمراء",2.0,20.0),("region","North Africa","XX","شمال أفريقيا|شمال إفريقيا|شمال افريقيا",28.0,10.0),
    ("region","Latin America","XX","أمريكا اللاتينية|أميركا اللاتينية",-10.0,-60.0),("region","North America","XX","أمريكا الشمالية|أميركا الشمالية",45.0,-100.0),("region","South America","XX","أمريكا الجنوبية|أميركا الجنوبية",-15.0,-60.0),
    ("region","Sahara","XX","الصحراء الكبرى|الصحراء الإفريقية الكبرى|~الصحراء",23.0,10.0),("region","Sahel","XX","الساحل الأفريقي|منطقة الساحل|الساحل والصحراء",15.0,5.0),("region","Horn of Africa","XX","القرن الأفريقي|القرن الإفريقي",8.0,45.0),
    ("region","Arabian Peninsula","XX","شبه الجزيرة العربية|الجزيرة العربية",23.0,46.0),("region","Korean Peninsula","XX","شبه الجزيرة الكورية|~شبه الجزيرة",38.0,127.5),("region","Balkans","XX","البلقان|منطقة البلقان",43.0,21.0),
    ("region","Caucasus","XX","القوقاز",42.5,44.5),("region","Baltic","XX","البلطيق|منطقة البلطيق|دول البلطيق",57.0,23.0),("region","Levant","XX","بلاد الشام|المشرق العربي",34.0,37.0),
    ("region","Maghreb","XX","المغرب العربي|دول المغرب العربي",31.0,2.0),("region","Scandinavia","XX","الدول الاسكندنافية|اسكندنافيا",62.0,14.0),("region","Arctic","XX","القطب الشمالي",80.0,0.0),("region","Antarctica","XX","القطب الجنوبي|أنتاركتيكا",-80.0,0.0),
    ("region","Central Asia","XX","آسيا الوسطى",43.0,65.0),("region","Southeast Asia","XX","جنوب شرق آسيا",10.0,110.0),("region","Kurdistan (ethnic region)","XX","~المناطق الكردية",37.0,43.0),
    ("water","Red Sea","XX","البحر الأحمر|البحر الاحمر",20.0,38.5),("water","Mediterranean Sea","XX","البحر الأبيض المتوسط|البحر المتوسط|المتوسط@sea|البحر الابيض المتوسط",35.0,18.0),
    ("water","Arabian Sea","XX","بحر العرب",15.0,65.0),("water","Indian Ocean","XX","المحيط الهندي",-20.0,80.0),("water","Atlantic Ocean","XX","المحيط الأطلسي|المحيط الاطلسي|~الأطلسي",30.0,-40.0),
    ("water","Pacific Ocean","XX","المحيط الهادئ|المحيط الهادي|الهادئ@ocean",0.0,-160.0),("water","Caspian Sea","XX","بحر قزوين",41.7,50.6),("water","Black Sea","XX","البحر الأسود|البحر الاسود",43.4,34.3),
    ("water","South China Sea","XX","بحر الصين الجنوبي",12.0,113.0),("water","East China Sea","XX","بحر الصين الشرقي",29.0,125.0),("water","Sea of Japan","XX","بحر اليابان",40.0,135.0),("water","Aegean Sea","XX","بحر إيجه|بحر ايجة",39.0,25.0),
    ("water","Strait of Hormuz","XX","مضيق هرمز|هرمز",26.57,56.25),("water","Bab el-Mandeb","XX","باب المندب|مضيق باب المندب",12.58,43.33),("water","Gulf of Aden","XX","خليج عدن",12.0,48.0),("water","Gulf of Oman","XX","خليج عمان|بحر عمان",24.5,58.5),
    ("water","Euphrates","XX","نهر الفرات|الفرات",35.0,40.5),("water","Tigris","XX","نهر دجلة|دجلة",34.0,44.0),("water","Nile","XX","نهر النيل|النيل",22.0,31.5),("water","Strait of Gibraltar","XX","مضيق جبل طارق",35.95,-5.6),
    ("water","English Channel","XX","بحر المانش|القنال الإنجليزي",50.2,-1.0),("water","Gulf of Aqaba","XX","خليج العقبة",28.75,34.75),("water","Baltic Sea","XX","بحر البلطيق",58.0,20.0),("water","North Sea","XX","بحر الشمال",56.0,3.0)]:
    add(kind, cc, "", en, ar, lat, lon)

# ---- More capitals, states and provinces often named in Arabic news
for cc, en, ar, lat, lon in [
    ("AL","Tirana","تيرانا",41.3275,19.8187),("AD","Andorra la Vella","أندورا لا فيلا",42.5078,1.5211),("AO","Luanda","لواندا",-8.8368,13.2343),
    ("AR","Cordoba (Argentina)","قرطبة@AR",-31.4135,-64.1811),("AZ","Ganja","كنجة|غانجا",40.6828,46.3606),("BS","Nassau","ناساو",25.0582,-77.3431),
    ("BY","Brest (Belarus)","بريست@BY",52.0975,23.6877),("BJ","Porto-Novo","بورتو نوفو",6.4965,2.6036),("BO","La Paz","لاباز|لا باز",-16.5,-68.15),
    ("BA","Sarajevo","سراييفو",43.8486,18.3564),("BW","Gaborone","غابورون",-24.6545,25.9086),("BN","Bandar Seri Begawan","بندر سري بكاوان",4.8903,114.9401),
    ("BF","Ouagadougou","واغادوغو",12.3647,-1.5332),("BI","Gitega","جيتيغا",-3.4271,29.9246),("KH","Phnom Penh","بنوم بنه",11.5625,104.916),
    ("CM","Yaounde","ياوندي",3.8667,11.5167),("CF","Bangui","بانغي",4.3612,18.555),("CG","Brazzaville","برازافيل",-4.2658,15.2832),
    ("CR","San Jose (Costa Rica)","سان خوسيه",9.9333,-84.0833),("CI","Abidjan","أبيدجان",5.3411,-4.0281),("CI","Yamoussoukro","ياموسوكرو",6.8206,-5.2767),
    ("HR","Zagreb","زغرب",45.8144,15.978),("DO","Santo Domingo","سانتو دومينغو",18.4719,-69.8923),("EC","Quito","كيتو",-0.2299,-78.525),
    ("SV","San Salvador","سان سلفادور",13.6894,-89.1872),("EE","Tallinn","تالين",59.437,24.7535),("GA","Libreville","ليبرفيل",0.3925,9.4537),
    ("GM","Banjul","بانجول",13.4527,-16.5780),("GT","Guatemala City","مدينة غواتيمالا",14.6407,-90.5133),("GN","Conakry","كوناكري",9.5379,-13.6773),
    ("GW","Bissau","بيساو",11.8636,-15.5977),("HT","Port-au-Prince","بورت أو برنس",18.5392,-72.335),("HN","Tegucigalpa","تيغوسيغالبا",14.0818,-87.2068),
    ("IS","Reykjavik","ريكيافيك",64.1355,-21.8954),("JM","Kingston","كينغستون",17.997,-76.7936),("KG","Bishkek","بيشكيك",42.87,74.59),
    ("LA","Vientiane","فيينتيان",17.9667,102.6),("LV","Riga","ريغا",56.946,24.1059),("LS","Maseru","ماسيرو",-29.3167,27.4833),
    ("LR","Monrovia","مونروفيا",6.3005,-10.7969),("LU","Luxembourg City","مدينة لوكسمبورغ",49.6117,6.13),("MG","Antananarivo","أنتاناناريفو",-18.9137,47.5361),
    ("MW","Lilongwe","ليلونغوي",-13.9669,33.7873),("MV","Male","العاصمة ماليه",4.1748,73.5089),("MD","Chisinau","كيشيناو",47.0056,28.8575),
    ("MN","Ulaanbaatar","أولان باتور",47.9077,106.8832),("ME","Podgorica","بودغوريتسا",42.4411,19.2636),("MZ","Maputo","مابوتو",-25.9653,32.5892),
    ("MM","Naypyidaw","نايبيداو",19.745,96.1297),("MM","Yangon","يانغون|رانغون",16.8053,96.1561),("NA","Windhoek","ويندهوك",-22.5594,17.0832),
    ("NI","Managua","ماناغوا",12.1328,-86.2504),("MK","Skopje","سكوبيي",41.9965,21.4314),("PA","Panama City","مدينة بنما",8.9936,-79.5197),
    ("PG","Port Moresby","بورت مورسبي",-9.4431,147.1797),("PY","Asuncion","أسونسيون",-25.3007,-57.6359),("RW","Butare","بوتاري",-2.5967,29.7394),
    ("SK","Bratislava","براتيسلافا",48.1482,17.1067),("SI","Ljubljana","ليوبليانا",46.0511,14.5051),("SO","Garowe","غاروي",8.4054,48.4845),
    ("SR","Paramaribo","باراماريبو",5.8664,-55.1668),("TJ","Dushanbe","دوشنبه",38.5358,68.7791),("TG","Lome","لومي",6.1375,1.2123),
    ("TT","Port of Spain","بورت أوف سبين",10.6662,-61.5166),("TM","Ashgabat","عشق آباد|عشق أباد",37.95,58.3833),("UG","Entebbe","عنتيبي",0.0512,32.4637),
    ("ZM","Lusaka","لوساكا",-15.4134,28.2771),("ZW","Harare","هراري",-17.8294,31.0539),("SS","Malakal","ملكال",9.5334,31.6605),("SS","Bentiu","بانتيو",9.2333,29.8),
    ("ET","Mekelle","مقلي|ميكيلي",13.4967,39.4753),("ET","Tigray","تيغراي|إقليم تيغراي",14.0,38.5),("ER","Massawa","مصوع",15.6097,39.45),
    ("DJ","Obock","أوبوك",11.9669,43.2884),("NE","Agadez","أغاديس",16.9733,7.9911),("ML","Gao","غاو",16.2717,-0.0447),("ML","Kidal","كيدال",18.4411,1.4078),
    ("TD","Abeche","أبشي",13.8292,20.8324),("NG","Kano","كانو",12.0001,8.5167),("CD","Goma","غوما",-1.6792,29.2228),("KE","Mombasa","مومباسا",-4.0547,39.6636),
    ("ZA","Durban","ديربان",-29.8579,31.0292),("MA","Chefchaouen","شفشاون",35.1688,-5.2636),("MA","Essaouira","الصويرة",31.5125,-9.77),("MA","Ouarzazate","ورزازات",30.9189,-6.8934),
    ("MA","Safi","آسفي",32.2994,-9.2372),("MA","El Jadida","الجديدة@MA",33.2549,-8.5078),("MA","Beni Mellal","بني ملال",32.3373,-6.3498),("MA","Taza","تازة",34.21,-4.01),
    ("DZ","Skikda","سكيكدة",36.8762,6.9092),("DZ","Mostaganem","مستغانم",35.9311,0.0892),("DZ","Chlef","الشلف",36.1647,1.3317),("DZ","Medea","المدية",36.2642,2.7539),
    ("DZ","Tiaret","تيارت",35.3711,1.3169),("DZ","El Oued","الوادي@DZ",33.3683,6.8674),("DZ","Laghouat","الأغواط",33.8,2.8651),("DZ","Jijel","جيجل",36.8206,5.7667),
    ("DZ","Souk Ahras","سوق أهراس",36.2864,7.9511),("DZ","Tebessa","تبسة",35.4042,8.1242),("DZ","Khenchela","خنشلة",35.4358,7.1433),("DZ","Boumerdes","بومرداس",36.7664,3.4772),
    ("TN","Beja","باجة",36.7256,9.1817),("TN","Jendouba","جندوبة",36.5011,8.7803),("TN","Mahdia","المهدية",35.5047,11.0622),("TN","Tozeur","توزر",33.9197,8.1336),
    ("TN","Kebili","قبلي",33.705,8.969),("TN","Siliana","سليانة",36.085,9.3708),("TN","Le Kef","الكاف",36.1822,8.7147),("TN","Zaghouan","زغوان",36.4029,10.1429),
    ("TN","Ariana","أريانة",36.8625,10.1956),("TN","Ben Arous","بن عروس",36.7531,10.2189),("TN","Manouba","منوبة",36.8101,10.0956),
    ("LY","Zuwara","زوارة",32.9312,12.082),("LY","Sabratha","صبراتة",32.7933,12.4885),("LY","Bani Walid","بني وليد",31.7566,13.9942),("LY","Ghat","غات",24.9647,10.1728),
    ("LY","Ubari","أوباري",26.59,12.7805),("LY","Murzuq","مرزق",25.9155,13.9184),("LY","Al Marj","المرج",32.4925,20.8303),("LY","Shahhat","شحات",32.8281,21.8622),
    ("LY","Al Khums","الخمس",32.6486,14.2619),("LY","Jufra","الجفرة",29.1,15.9),("LY","Hun","هون",29.1268,15.9477),("LY","Ras Jadir crossing","رأس جدير|راس جدير",33.15,11.55),
    ("EG","Kafr el-Sheikh","مدينة كفر الشيخ",31.1107,30.9388),("EG","Banha","بنها",30.4599,31.1786),("EG","Shibin El Kom","شبين الكوم",30.552,31.0106),("EG","Damanhur","دمنهور",31.0341,30.4682),
    ("EG","Qena city","مدينة قنا",26.1642,32.7267),("EG","Marsa Alam","مرسى علم",25.0676,34.879),("EG","Siwa","سيوة|واحة سيوة",29.2032,25.5195),("EG","Nuweiba","نويبع",29.0333,34.6667),
    ("EG","Taba","طابا",29.4925,34.8969),("EG","Safaga","سفاجا",26.7292,33.9365),("EG","Kharga","الخارجة",25.4514,30.5464),("EG","Minya city","مدينة المنيا",28.1099,30.7503),
    ("SD","Ed Daein","الضعين",11.4617,26.1283),("SD","Zalingei","زالنجي",12.9096,23.4741),("SD","Sennar","سنار",13.5667,33.5667),("SD","Kosti","كوستي",13.1629,32.6635),
    ("SD","Ed Damazin","الدمازين",11.7891,34.3592),("SD","Dongola","دنقلا",19.1682,30.4749),("SD","Abyei","أبيي",9.5956,28.4364),("SD","Khartoum North","الخرطوم بحري",15.6333,32.6333),
    ("YE","Al Ghaydah2",None,0,0),("YE","Al Turbah","التربة",13.2124,44.1162),("YE","Yarim","يريم",14.2978,44.3779),("YE","Rada'a","رداع",14.4151,44.8371),
    ("YE","Al Hawtah","الحوطة",13.05,44.88),("YE","Ash Shihr","الشحر",14.7606,49.6062),("YE","Tarim","تريم",16.0522,49.0),("YE","Al Dhale city","مدينة الضالع",13.6957,44.7314),
    ("YE","Sirwah","صرواح",15.45,45.02),("YE","Nihm","نهم",15.65,44.6),("YE","Haradh2",None,0,0),("YE","Hays","حيس",13.93,43.48),("YE","Al Durayhimi","الدريهمي",14.62,43.02),
    ("YE","At Tuhayta","التحيتا",14.1,43.23),("YE","Bayt al-Faqih","بيت الفقيه",14.5167,43.3167),("YE","Al Jarrahi","الجراحي",14.1,43.4),("YE","Kitaf","كتاف",17.2,44.25),
    ("YE","Baqim","باقم",17.38,43.65),("YE","Al Wadiah crossing","منفذ الوديعة|الوديعة",17.05,47.12),
    ("SA","Sakaka","سكاكا",29.9697,40.2064),("SA","Arar","عرعر",30.9753,41.0381),("SA","Hafar Al-Batin","حفر الباطن",28.4328,45.9708),("SA","Al Kharj","الخرج",24.1556,47.3346),
    ("SA","Unaizah","عنيزة",26.0843,43.9935),("SA","Al Qunfudhah","القنفذة",19.1264,41.0789),("SA","Al Wajh","الوجه",26.2455,36.4525),("SA","Ras Tanura","رأس تنورة",26.6436,50.1592),
    ("SA","Al Lith","الليث",20.1494,40.2714),("SA","Sharurah","شرورة",17.4667,47.1167),("SA","Samtah","صامطة",16.5960,42.9444),("SA","Al Hadd",None,0,0),
    ("IQ","Dujail","الدجيل",33.8497,44.2342),("IQ","Tarmiyah","الطارمية",33.6667,44.4),("IQ","Khalidiya","الخالدية@IQ",33.3667,43.5667),("IQ","Amiriyat al-Fallujah","عامرية الفلوجة",33.15,43.85),
    ("IQ","Karmah","الكرمة",33.3997,43.9181),("IQ","Saqlawiyah","الصقلاوية",33.3975,43.6886),("IQ","Nukhayb","النخيب",32.0342,42.2519),("IQ","Baaj","البعاج",36.0394,41.7231),
    ("IQ","Hatra","الحضر",35.5878,42.7183),("IQ","Tal Kayf","تلكيف",36.4912,43.1211),("IQ","Bashiqa","بعشيقة",36.4547,43.3533),("IQ","Shirqat2",None,0,0),
    ("IQ","Daquq","داقوق",35.1375,44.4519),("IQ","Hawija","الحويجة",35.3197,43.7714),("IQ","Dibis","الدبس",35.6544,44.0706),("IQ","Altun Kupri","آلتون كوبري|التون كوبري",35.75,44.15),
    ("IQ","Khan Bani Saad","خان بني سعد",33.5686,44.5428),("IQ","Mandali","مندلي",33.7489,45.5547),("IQ","Suwayrah","الصويرة@IQ",32.9261,44.7733),("IQ","Numaniyah","النعمانية",32.5394,45.3989),
    ("IQ","Shatrah","الشطرة",31.4097,46.1714),("IQ","Rifai","الرفاعي",31.7167,46.1167),("IQ","Qurna","القرنة",31.0158,47.4306),("IQ","Abu al-Khasib","أبو الخصيب",30.4422,48.0044),
    ("IQ","Safwan","صفوان",30.1103,47.7178),("IQ","Ranya","رانية",36.255,44.8828),("IQ","Koya","كويسنجق|كويه",36.0828,44.6283),("IQ","Soran","سوران",36.6527,44.5442),
    ("IQ","Amadiya","العمادية",37.0925,43.4872),("IQ","Penjwen","بنجوين",35.6233,45.9433),("IQ","Qandil Mountains","جبال قنديل|قنديل",36.4,45.0),("IQ","Akashat","عكاشات",33.7833,40.6),
    ("IQ","Al-Walid crossing","معبر الوليد|الوليد@IQ",33.35,38.85),("IQ","Arar crossing","منفذ عرعر",31.7,42.4),("IQ","Al-Muthanna Air Base",None,0,0),
    ("SY","Al-Hasakah city2",None,0,0),("SY","Sheikh Maqsoud","الشيخ مقصود",36.2333,37.1667),("SY","Ashrafieh (Aleppo)","الأشرفية@SY",36.2261,37.1492),("SY","Nubl","نبل",36.3736,36.9964),
    ("SY","Zahraa","الزهراء@SY",36.38,36.98),("SY","Foua","الفوعة",35.9667,36.7),("SY","Kefraya","كفريا",35.9585,36.69),("SY","Hayyan","حيان",36.28,37.12),
    ("SY","Andan","عندان",36.2953,37.0497),("SY","Latamneh","اللطامنة",35.3264,36.6233),("SY","Kafr Zita","كفرزيتا",35.3739,36.6017),("SY","Morek","مورك",35.3731,36.6864),
    ("SY","Suran","صوران",35.2978,36.745),("SY","Al-Habit","الهبيط",35.4164,36.55),("SY","Ma'arrat Misrin","معرة مصرين",36.0131,36.6756),("SY","Taftanaz","تفتناز",35.9967,36.7842),
    ("SY","Abu al-Duhur","أبو الظهور",35.7333,37.05),("SY","Tal Tamr2",None,0,0),("SY","Deir Hafer","دير حافر",36.1567,37.7094),("SY","Maskanah","مسكنة",35.9583,38.0333),
    ("SY","Al-Thawrah2",None,0,0),("SY","Busayrah","البصيرة",35.1569,40.4267),("SY","Al-Quriyah","القورية",34.9167,40.6),("SY","Al-Ashara","العشارة",34.9244,40.5636),
    ("SY","Hasakah Ghwayran prison","سجن غويران|سجن الصناعة",36.48,40.73),("SY","Khasham","خشام",35.28,40.33),("SY","Al-Suwar","الصور@SY",35.5,40.63),
    ("SY","Darayya2",None,0,0),("SY","Babbila","ببيلا",33.4717,36.3322),("SY","Al-Hajar al-Aswad","الحجر الأسود",33.4667,36.3),("SY","Yalda","يلدا",33.4617,36.3192),
    ("SY","Kafr Batna","كفربطنا|كفر بطنا",33.5133,36.3778),("SY","Saqba","سقبا",33.5228,36.3767),("SY","Hamouriyah","حمورية",33.52,36.39),("SY","Ain Tarma","عين ترما",33.5133,36.36),
    ("SY","Misraba","مسرابا",33.5675,36.4267),("SY","Otaybah","العتيبة",33.48,36.6),("SY","Dumayr2",None,0,0),("SY","Rankous","رنكوس",33.7456,36.3992),
    ("SY","Yabroud","يبرود",33.9672,36.6572),("SY","Nabk","النبك",34.0242,36.7278),("SY","Qutayfah","القطيفة",33.7386,36.6003),("SY","Jayroud","جيرود",33.8067,36.7422),
    ("SY","Sheikh Miskin","الشيخ مسكين",32.8286,36.1594),("SY","Inkhil","إنخل|انخل",33.0161,36.1317),("SY","Dael","داعل",32.7592,36.1317),("SY","Al-Harak","الحراك",32.7539,36.3067),
    ("SY","Khan Arnabah","خان أرنبة",33.1806,35.8875),("SY","Hadar","حضر@SY",33.2667,35.8833),("SY","Salkhad","صلخد",32.4917,36.7111),("SY","Qardaha","القرداحة",35.4575,36.0619),
    ("SY","Slinfah","صلنفة",35.5939,36.1897),("SY","Safita","صافيتا",34.8203,36.1175),("SY","Talkalakh","تلكلخ",34.6681,36.2597),("SY","Al-Houla","الحولة",34.8867,36.5167),
    ("SY","Tadmur prison2",None,0,0),("SY","Arak gas field",None,0,0),("SY","Shaer gas field","حقل الشاعر",34.9,37.7),("SY","Tiyas2",None,0,0),
    ("JO","Ramtha","الرمثا",32.5592,36.0069),("JO","Russeifa","الرصيفة",32.0178,36.0464),("JO","Wadi Musa","وادي موسى|البتراء",30.3208,35.4791),("JO","Ruwaished","الرويشد",32.5,38.2),
    ("LB","Aley","عاليه",33.8106,35.5972),("LB","Batroun","البترون",34.2553,35.6581),("LB","Chtaura","شتورة",33.8194,35.8522),("LB","Halba","حلبا",34.5428,36.0797),
    ("LB","Qusayr2",None,0,0),("LB","Ras Baalbek","رأس بعلبك",34.2583,36.4222),("LB","Masnaa crossing","المصنع|معبر المصنع",33.7,35.95),("LB","Khiam","الخيام",33.3283,35.6114),
    ("LB","Kfar Kila","كفركلا",33.2833,35.5667),("LB","Aitaroun","عيترون",33.115,35.4767),("LB","Houla (Lebanon)","حولا",33.2097,35.5167),("LB","Sour2",None,0,0),
    ("PS","Beit Jala","بيت جالا",31.715,35.1872),("PS","Tubas","طوباس",32.3209,35.3699),("PS","Salfit","سلفيت",32.0847,35.1814),("PS","Qabatiya","قباطية",32.41,35.28),
    ("PS","Balata camp","مخيم بلاطة",32.21,35.28),("PS","Al-Shati camp","مخيم الشاطئ",31.53,34.445),("PS","Al-Maghazi","المغازي|مخيم المغازي",31.42,34.385),("PS","Al-Bureij","البريج|مخيم البريج",31.44,34.405),
    ("PS","Shuja'iyya","الشجاعية",31.5,34.48),("PS","Zeitoun (Gaza)","حي الزيتون",31.49,34.46),("PS","Khuza'a","خزاعة",31.3,34.36),("PS","Huwara","حوارة",32.15,35.26),
    ("PS","Silwan","سلوان",31.77,35.24),("PS","Sheikh Jarrah","الشيخ جراح",31.79,35.23),("PS","Al-Khan al-Ahmar","الخان الأحمر",31.8,35.35),("PS","Qalandia","قلنديا",31.86,35.22),
    ("IL","Ramla","الرملة",31.9292,34.8656),("IL","Netanya","نتانيا",32.3328,34.86),("IL","Herzliya","هرتسليا",32.1663,34.8436),("IL","Kiryat Shmona","كريات شمونة",33.2073,35.5707),
    ("IL","Nahariya","نهاريا",33.0059,35.0941),("IL","Metula","المطلة",33.28,35.58),("IL","Ofakim","أوفاكيم",31.3141,34.6203),("IL","Netivot","نتيفوت",31.4231,34.5886),
    ("IL","Ariel","أريئيل",32.1047,35.1708),("IL","Ma'ale Adumim","معاليه أدوميم",31.7772,35.2981),("IL","Rishon LeZion","ريشون لتسيون",31.971,34.7894),("IL","Holon","حولون",32.0103,34.7792),
    ("IR","Mahabad","مهاباد",36.7631,45.7222),("IR","Marivan","مريوان",35.5219,46.1761),("IR","Saqqez","سقز",36.2499,46.2735),("IR","Piranshahr","بيرانشهر",36.6941,45.1413),
    ("IR","Bandar Lengeh","بندر لنجة",26.5579,54.8807),("IR","Jask","جاسك",25.6445,57.7746),("IR","Minab","ميناب",27.1467,57.0801),("IR","Iranshahr","إيرانشهر",27.2025,60.6848),
    ("IR","Khash","خاش",28.2211,61.2158),("IR","Saravan","سراوان",27.3709,62.3342),("IR","Zabol","زابل",31.0287,61.5012),("IR","Birjand","بيرجند",32.8663,59.2211),
    ("IR","Sabzevar","سبزوار",36.2126,57.6819),("IR","Neyshabur","نيسابور",36.2133,58.7958),("IR","Gorgan","غرغان|جرجان|كركان",36.8427,54.4439),("IR","Sari","ساري",36.5633,53.0601),
    ("IR","Babol","مدينة بابل الإيرانية",36.5513,52.679),("IR","Kashan","كاشان",33.9831,51.4364),("IR","Semnan","سمنان",35.5729,53.3971),("IR","Shahrekord","شهركرد",32.3256,50.8644),
    ("IR","Yasuj","ياسوج",30.6682,51.588),("IR","Dehloran","دهلران",32.6941,47.2679),("IR","Mehran","مهران",33.1222,46.1646),("IR","Qasr-e Shirin","قصر شيرين",34.5159,45.5794),
    ("IR","Parchin","بارشين|بارتشين",35.52,51.77),("IR","Arak heavy water",None,0,0),("IR","Isfahan UCF",None,0,0),("IR","Evin Prison","سجن إيفين|إيفين",35.7967,51.3875),
    ("TR","Afrin2",None,0,0),("TR","Hakkari2",None,0,0),("TR","Yuksekova","يوكسك أوفا|يوكسيكوفا",37.5744,44.2869),("TR","Silopi","سلوبي",37.2486,42.4722),("TR","Idil","إيديل",37.3342,41.8894),
    ("TR","Kiziltepe","قزل تبه",37.1939,40.5861),("TR","Birecik","بيرة جك|بيره جك",37.0244,37.9769),("TR","Harran","حران",36.8642,39.0314),("TR","Antakya","أنطاكيا",36.2066,36.1572),
    ("TR","Islahiye","إصلاحية",37.0261,36.6317),("TR","Nizip","نزيب",37.0097,37.7947),("TR","Karkamis","قرقميش",36.8347,38.0)]:
    if ar is None: continue
    add("city", cc, "", en, ar, lat, lon)
for cc, en, ar, lat, lon in [
    ("US","New York (state)","ولاية نيويورك",42.9,-75.5),("US","New Jersey","نيوجيرسي|نيو جيرسي",40.1,-74.5),("US","Massachusetts","ماساتشوستس",42.3,-71.8),("US","Maryland","ماريلاند",39.0,-76.8),
    ("US","North Carolina","كارولينا الشمالية|نورث كارولينا",35.6,-79.4),("US","South Carolina","كارولينا الجنوبية|ساوث كارولينا",33.9,-80.9),("US","Tennessee","تينيسي",35.9,-86.4),("US","Kentucky","كنتاكي",37.5,-85.3),
    ("US","Louisiana","لويزيانا",31.1,-92.0),("US","Mississippi","ميسيسيبي",32.7,-89.7),("US","Missouri","ميزوري",38.4,-92.5),("US","Illinois","إلينوي|إيلينوي",40.0,-89.2),
    ("US","Indiana","إنديانا",39.9,-86.3),("US","Wisconsin","ويسكونسن",44.6,-89.9),("US","Minnesota","مينيسوتا",46.3,-94.3),("US","Iowa","آيوا|أيوا",42.1,-93.5),
    ("US","Kansas","كانساس",38.5,-98.4),("US","Nebraska","نبراسكا",41.5,-99.8),("US","Oklahoma","أوكلاهوما",35.6,-97.5),("US","Colorado","كولورادو",39.0,-105.5),
    ("US","Utah","يوتا",39.3,-111.7),("US","New Mexico","نيو مكسيكو",34.4,-106.1),("US","Oregon","أوريغون|أوريجون",43.9,-120.6),("US","Washington (state)","ولاية واشنطن",47.4,-120.5),
    ("US","Idaho","أيداهو",44.4,-114.6),("US","Montana","مونتانا",47.0,-109.6),("US","Wyoming","وايومنغ",43.0,-107.6),("US","North Dakota","داكوتا الشمالية",47.5,-100.5),
    ("US","South Dakota","داكوتا الجنوبية",44.4,-100.2),("US","Arkansas","أركنساس",34.9,-92.4),("US","West Virginia","فيرجينيا الغربية",38.6,-80.6),("US","Connecticut","كونيتيكت",41.6,-72.7),
    ("US","Vermont","فيرمونت",44.1,-72.7),("US","New Hampshire","نيوهامبشير|نيو هامبشير",43.7,-71.6),("US","Maine","ولاية مين",45.4,-69.2),("US","Delaware","ديلاوير",39.0,-75.5),
    ("US","Rhode Island","رود آيلاند",41.7,-71.5),("US","Puerto Rico","بورتوريكو",18.2,-66.5),
    ("CA","Quebec","كيبيك",52.0,-72.0),("CA","Ontario","أونتاريو",50.0,-85.0),("CA","British Columbia","كولومبيا البريطانية",54.0,-125.0),("CA","Alberta","ألبرتا",55.0,-115.0),
    ("FR","Corsica","كورسيكا",42.15,9.1),("FR","Alsace","الألزاس",48.3,7.5),("ES","Andalusia","الأندلس@ES|إقليم الأندلس",37.5,-4.7),("ES","Basque Country","إقليم الباسك|بلاد الباسك",43.0,-2.6),
    ("ES","Canary Islands","جزر الكناري",28.3,-15.6),("IT","Lombardy","لومبارديا",45.6,9.8),("DE","Bavaria","بافاريا",48.9,11.4),("IN","Uttar Pradesh","أوتار براديش",27.0,80.9),
    ("IN","Karnataka","كارناتاكا",15.0,75.7),("IN","Kerala","كيرالا",10.4,76.4),("IN","Jammu and Kashmir","جامو وكشمير",33.7,75.5),("IN","Assam","آسام",26.2,92.9),
    ("PK","Balochistan","بلوشستان",28.5,65.5),("PK","Khyber Pakhtunkhwa","خيبر بختونخوا",34.5,72.0),("PK","Punjab (Pakistan)","البنجاب",31.2,72.7),("PK","Sindh","السند@PK|إقليم السند",26.0,68.5),
    ("AF","Helmand","هلمند",31.0,64.0),("AF","Nangarhar","ننكرهار|ننغرهار",34.2,70.6),("AF","Ghazni","غزني",33.55,68.42),("AF","Badakhshan","بدخشان",36.7,71.0),
    ("CN","Hubei","هوبي",31.0,112.3),("CN","Guangdong","غوانغدونغ|قوانغدونغ",23.4,113.5),("CN","Inner Mongolia","منغوليا الداخلية",44.0,113.0),("RU","Crimea2",None,0,0),
    ("RU","Tatarstan","تتارستان",55.5,50.9),("RU","Ingushetia","إنغوشيا",43.2,45.0),("RU","Kursk","كورسك",51.7304,36.1926),("RU","Belgorod","بيلغورود",50.6107,36.5802),
    ("UA","Donetsk","دونيتسك",48.023,37.8022),("UA","Luhansk","لوغانسك|لوهانسك",48.574,39.3078),("UA","Zaporizhzhia","زابوريجيا",47.8388,35.1396),("UA","Kherson","خيرسون",46.6354,32.6169),
    ("UA","Bakhmut","باخموت",48.5947,38.0),("UA","Lviv","لفيف",49.8383,24.0232),("UA","Dnipro","دنيبرو",48.4647,35.0462),("AU","Queensland","كوينزلاند",-22.0,144.0),
    ("AU","New South Wales","نيو ساوث ويلز",-32.0,147.0),("KR","Jeju","جيجو|جزيرة جيجو",33.4,126.55),("KR","PyeongChang","بيونغ تشانغ|بيونغتشانغ",37.3705,128.3902),
    ("KP","Yongbyon","يونغبيون",39.7967,125.7533),("KP","Punggye-ri","بونغيي ري|بونغي-ري",41.28,129.08),("JP","Hokkaido","هوكايدو",43.2,142.8),("JP","Fukushima","فوكوشيما",37.75,140.47),
    ("JP","Nagasaki","ناغازاكي",32.75,129.88),("JP","Kyoto","كيوتو",35.0211,135.7538)]:
    if ar is None: continue
    add("admin1" if not en in ("Kursk","Belgorod","Donetsk","Luhansk","Zaporizhzhia","Kherson","Bakhmut","Lviv","Dnipro","Yongbyon","Punggye-ri","Nagasaki","Kyoto","PyeongChang") else "city", cc, "", en, ar, lat, lon)

# ---- Named regions and districts often reported
for kind, cc, adm, en, ar, lat, lon in [
    ("region","YE","","Yemeni West Coast","الساحل الغربي@YE|الساحل الغربي لليمن",14.0,43.3),("region","MA","","Rif","الريف@MA|منطقة الريف|الريف المغربي",35.0,-3.9),
    ("region","SY","Idlib","Jabal al-Zawiya","جبل الزاوية",35.65,36.5),("region","SY","Hama","Al-Ghab Plain","سهل الغاب",35.6,36.35),("region","SY","","Mount Hermon","جبل الشيخ",33.42,35.86),
    ("region","SY","Latakia","Jabal al-Akrad","جبل الأكراد|جبل الاكراد",35.7,36.15),("region","SY","Latakia","Jabal al-Turkman","جبل التركمان",35.8,36.1),
    ("region","YE","","Wadi Hadhramaut","وادي حضرموت",15.95,48.8),("region","SY","Rif Dimashq","Western Ghouta","الغوطة الغربية",33.45,36.2),
    ("other","SY","Damascus","Barzeh","برزة|حي برزة",33.55,36.31),("other","SY","Damascus","Qaboun","القابون|حي القابون",33.545,36.33),("other","SY","Damascus","Mezzeh","حي المزة",33.5,36.25),
    ("other","SY","Homs","Al-Waer","حي الوعر",34.74,36.66),("other","SY","Aleppo","Salaheddine (Aleppo)","حي صلاح الدين",36.18,37.13),("other","IQ","Baghdad","Karrada","الكرادة",33.3,44.42),
    ("region","IQ","Nineveh","Nineveh Plains","سهل نينوى",36.4,43.4),("region","IQ","","Western Desert (Iraq)","الصحراء الغربية@IQ|صحراء الأنبار",33.0,41.5),
    ("region","SA","","Empty Quarter","الربع الخالي",20.0,51.0),("region","LB","","South Lebanon","الجنوب اللبناني",33.25,35.4),("region","EG","","Upper Egypt","صعيد مصر|الصعيد@EG",26.0,32.5),
    ("region","EG","","Nile Delta","دلتا النيل",30.9,31.1),("region","SY","","Kurdish-held northeast (Rojava)","روج آفا",36.8,40.5),("region","XX","","Mesopotamia","بلاد الرافدين|بلاد ما بين النهرين",33.0,44.0),
    ("city","DE","Bavaria","Munich (variant)",None,0,0)]:
    if ar is None: continue
    add(kind, cc, adm, en, ar, lat, lon)

# ---- More world cities (sport and world news)
for cc, en, ar, lat, lon in [
    ("IT","Turin","تورينو",45.0705,7.6868),("IT","Florence","فلورنسا",43.7792,11.2463),("IT","Venice","فينيسيا|~البندقية",45.4371,12.3326),("IT","Genoa","جنوة",44.4048,8.9444),
    ("IT","Bologna","بولونيا@IT",44.4938,11.3387),("IT","Palermo","باليرمو",38.1158,13.3615),("ES","Valencia","فالنسيا",39.4699,-0.3763),("ES","Malaga","مالقة|ملقة",36.7202,-4.4203),
    ("ES","Bilbao","بلباو|بيلباو",43.2627,-2.9253),("PT","Porto","بورتو",41.1496,-8.611),("CH","Basel","بازل",47.5584,7.5733),("AT","Salzburg","سالزبورغ",47.7994,13.044),
    ("FR","Toulouse","تولوز",43.6043,1.4437),("FR","Bordeaux","بوردو",44.8404,-0.5805),("FR","Lille","~ليل",50.633,3.0586),("FR","Nantes","نانت",47.2172,-1.5534),
    ("FR","Calais","كاليه",50.9581,1.8525),("DE","Dresden","دريسدن",51.0509,13.7383),("DE","Leipzig","لايبزيغ",51.3396,12.3713),("DE","Dusseldorf","دوسلدورف",51.2217,6.7762),
    ("DE","Stuttgart","شتوتغارت",48.7823,9.177),("DE","Bonn","مدينة بون",50.7343,7.0955),("DE","Dortmund","دورتموند",51.5149,7.466),("NL","Rotterdam","روتردام",51.9225,4.4792),
    ("BE","Antwerp","أنتويرب|انتويرب",51.2199,4.4035),("PL","Krakow","كراكوف",50.0614,19.9366),("PL","Gdansk","غدانسك",54.352,18.6466),("GB","Glasgow","غلاسكو",55.8651,-4.2576),
    ("GB","Oxford","أكسفورد",51.7522,-1.2560),("GB","Cambridge","كامبريدج",52.2,0.1167),("GB","Leeds","ليدز",53.7965,-1.5478),("GB","Newcastle","نيوكاسل",54.9733,-1.614),
    ("CA","Vancouver","فانكوفر",49.2497,-123.1193),("US","Orlando","أورلاندو",28.5383,-81.3792),("US","Tampa","تامبا",27.9475,-82.4584),("US","New Orleans","نيو أورليانز|نيو اورليانز",29.9547,-90.0751),
    ("US","San Diego","سان دييغو",32.7153,-117.1573),("US","San Antonio","سان أنطونيو",29.4241,-98.4936),("US","Baltimore","بالتيمور",39.2904,-76.6122),("US","Nashville","ناشفيل",36.1659,-86.7844),
    ("US","Minneapolis","مينيابوليس",44.98,-93.2638),("US","Cleveland","كليفلاند",41.4995,-81.6954),("US","Saint Louis","سانت لويس",38.627,-90.1979),("US","Honolulu","هونولولو",21.3069,-157.8583),
    ("US","Charlottesville","شارلوتسفيل",38.0293,-78.4767),("US","Sacramento","ساكرامنتو",38.5816,-121.4944),("US","Portland","بورتلاند",45.5234,-122.6762),("US","Salt Lake City","سولت ليك سيتي",40.7608,-111.891),
    ("RU","Samara","سامارا",53.2001,50.15),("RU","Saransk","سارانسك",54.1838,45.1749),("RU","Nizhny Novgorod","نيجني نوفغورود",56.3287,44.002),("RU","Vladivostok","فلاديفوستوك",43.1056,131.8735),
    ("RU","Novosibirsk","نوفوسيبيرسك",55.0415,82.9346),("RU","Murmansk","مورمانسك",68.9792,33.0925),("UA","Sevastopol","سيفاستوبول",44.6054,33.522),("CN","Shenzhen","شنتشن|شنجن",22.5455,114.0683),
    ("CN","Hangzhou","هانغتشو|هانغجو",30.2936,120.1614),("CN","Tianjin","تيانجين",39.1422,117.1767),("CN","Chongqing","تشونغتشينغ|تشونغ تشينغ",29.5628,106.5528),("JP","Yokohama","يوكوهاما",35.4478,139.6425),
    ("KR","Incheon","إنتشون",37.4565,126.7052),("VN","Ho Chi Minh City","هو تشي منه",10.8231,106.6297),("IN","Bangalore","بنغالور",12.9716,77.5946),("IN","Chennai","تشيناي",13.0827,80.2707),
    ]:
    if ar is None: continue
    add("city", cc, "", en, ar, lat, lon)

# ---- Tunisia: towns, border posts and the mountains of the counter-terrorism reports (the regional press names
# them without their governorate); approximate centres. Towns whose name is also a common word (مساكن dwellings,
# الشابة the young woman, المرسى the anchorage ...) are weak: linked where the article names Tunisia or a place word
# stands before them
for adm, en, ar, lat, lon in [
    ("Nabeul","Hammamet","الحمامات",36.40,10.61),("Nabeul","Kelibia","قليبية",36.85,11.09),("Nabeul","Korba","~قربة",36.58,10.86),
    ("Nabeul","Menzel Temime","منزل تميم",36.78,10.99),("Sousse","Enfidha","النفيضة",36.13,10.38),("Sousse","Msaken","~مساكن",35.73,10.58),
    ("Sousse","Kalaa Kebira","القلعة الكبرى",35.87,10.53),("Sousse","Hergla","هرقلة",36.03,10.51),("Sousse","Bouficha","بوفيشة",36.30,10.45),
    ("Sousse","Akouda","أكودة",35.87,10.57),("Sousse","Hammam Sousse","حمام سوسة",35.86,10.60),("Sousse","Sidi Bou Ali","سيدي بوعلي",35.96,10.47),
    ("Monastir","Moknine","المكنين",35.63,10.90),("Monastir","Ksar Hellal","قصر هلال",35.64,10.89),("Monastir","Ksibet el-Mediouni","قصيبة المديوني",35.69,10.84),
    ("Monastir","Bekalta","البقالطة",35.62,11.03),("Monastir","Teboulba","طبلبة",35.64,10.96),("Mahdia","El Jem","~الجم",35.30,10.71),
    ("Mahdia","Chebba","~الشابة",35.24,11.11),("Mahdia","Ksour Essef","قصور الساف",35.42,10.99),("Mahdia","Souassi","السواسي",35.35,10.55),
    ("Medenine","Zarzis","جرجيس",33.50,11.11),("Medenine","Houmt Souk","حومة السوق",33.88,10.86),("Tataouine","Dhehiba","الذهيبة",32.01,10.70),
    ("Tataouine","Remada","~رمادة",32.31,10.40),("Kebili","Douz","~دوز",33.46,9.02),("Gafsa","Metlaoui","المتلوي",34.32,8.40),
    ("Gafsa","Redeyef","الرديف",34.38,8.15),("Gafsa","Mdhilla","المظيلة",34.28,8.75),("Gafsa","Om Larayes","أم العرائس",34.50,8.28),
    ("Kasserine","Sbeitla","سبيطلة",35.23,9.13),("Kasserine","Thala","~تالة",35.57,8.67),("Kasserine","Feriana","فريانة",34.95,8.57),
    ("Kasserine","Foussana","فوسانة",35.35,8.62),("Sidi Bouzid","Regueb","~الرقاب",34.86,9.79),("Sidi Bouzid","Meknassy","المكناسي",34.61,9.61),
    ("Tunis","La Marsa","~المرسى",36.88,10.32),("Tunis","Carthage","قرطاج",36.85,10.33),("Tunis","Le Bardo","باردو",36.81,10.13),
    ("Tunis","La Goulette","حلق الوادي",36.82,10.30),("Ariana","Ettadhamen","حي التضامن",36.84,10.10),("Tunis","Sidi Hassine","سيدي حسين",36.78,10.10),
    ("Bizerte","Menzel Bourguiba","منزل بورقيبة",37.15,9.79),("Bizerte","Mateur","~ماطر",37.04,9.67),("Jendouba","Tabarka","طبرقة",36.95,8.76),
    ("Jendouba","Ain Draham","عين دراهم",36.78,8.69),("Jendouba","Fernana","فرنانة",36.65,8.70),("Sfax","Kerkennah","قرقنة|جزر قرقنة",34.70,11.20),
    ("Sfax","Jebeniana","جبنيانة",35.03,10.91),("Sfax","El Hencha","الحنشة",35.13,10.73),("Sfax","Mahres","المحرس",34.53,10.50),
    ("Gabes","El Hamma","الحامة@TN",33.89,9.80),("Gabes","Mareth","مارث",33.63,10.30)]:
    add("city", "TN", adm, en, ar, lat, lon)
for en, ar, lat, lon in [
    ("Mount Chaambi","جبل الشعانبي|الشعانبي",35.22,8.65),("Mount Semmama","جبل سمامة",35.33,8.95),("Mount Selloum","جبل السلوم",35.10,8.75),
    ("Mount Mghila","جبل المغيلة",35.13,9.25),("Mount Orbata","جبل عرباطة",34.40,9.00)]:
    add("site", "TN", "Kasserine" if "Orbata" not in en else "Gafsa", en, ar, lat, lon)
