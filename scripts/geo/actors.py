# Armed groups, security forces, parties, ministries, international bodies and people of the region.
# Rows: (type, id, cc, qid, English name, names '|'-separated (Arabic and Latin; '~' = weak alias), extra)
# extra: 'role=...' for people (head, pm, fm, ...), 'class=...' nominal heads that may refer back to it
# ('تنظيم' for التنظيم / التنظيم المتطرف, 'جماعة' for الجماعة, 'حركة' for الحركة, 'ميليشيا', 'قوات').
# Written from general knowledge; Wikidata ids only where certain.
A = []
def org(id, cc, qid, en, names, extra=""): A.append(("ORG", id, cc, qid, en, names, extra))
def per(id, cc, qid, en, names, extra=""): A.append(("PER", id, cc, qid, en, names, extra))

# --- armed groups
org("isis","XX","Q2429253","Islamic State (ISIS)","داعش|تنظيم داعش|تنظيم الدولة الإسلامية|تنظيم الدولة الاسلامية|تنظيم الدولة|الدولة الإسلامية|الدولة الاسلامية|الدولة الإسلامية في العراق والشام|الدولة الاسلامية في العراق والشام|تنظيم الدولة الإسلامية في العراق والشام|الدولة الإسلامية في العراق وسوريا|ولاية سيناء|تنظيم ولاية سيناء|ISIS|ISIL|Daesh|Islamic State","class=تنظيم")
org("alqaeda","XX","","al-Qaeda","القاعدة|تنظيم القاعدة|al-Qaeda|al-Qaida","class=تنظيم")
org("aqap","YE","","al-Qaeda in the Arabian Peninsula","القاعدة في جزيرة العرب|تنظيم القاعدة في جزيرة العرب|AQAP","class=تنظيم")
org("aqim","XX","","al-Qaeda in the Islamic Maghreb","القاعدة في بلاد المغرب الإسلامي|تنظيم القاعدة في بلاد المغرب الإسلامي|AQIM","class=تنظيم")
org("hts","SY","","Hayat Tahrir al-Sham","هيئة تحرير الشام|تحرير الشام|جبهة النصرة|النصرة|جبهة فتح الشام|HTS","class=هيئة|جماعة|فصيل")
org("hurras","SY","","Hurras al-Din","حراس الدين|تنظيم حراس الدين","class=تنظيم")
org("sdf","SY","","Syrian Democratic Forces (SDF)","قوات سوريا الديمقراطية|قسد|SDF|القوات الكردية@SY","class=قوات")
org("ypg","SY","","People's Protection Units (YPG)","وحدات حماية الشعب|وحدات حماية الشعب الكردية|YPG","class=وحدات")
org("pkk","TR","","Kurdistan Workers' Party (PKK)","حزب العمال الكردستاني|العمال الكردستاني|PKK","class=حزب")
org("peshmerga","IQ","","Peshmerga","البيشمركة|البشمركة|قوات البيشمركة|قوات البشمركة|Peshmerga","class=قوات")
org("pmf","IQ","","Popular Mobilization Forces","الحشد الشعبي|قوات الحشد الشعبي|هيئة الحشد الشعبي|الحشد|PMF","class=قوات|هيئة")
org("hezbollah","LB","Q41053","Hezbollah","حزب الله|حزب الله اللبناني|Hezbollah","class=حزب")
org("kataib_hezbollah","IQ","","Kata'ib Hezbollah","كتائب حزب الله|كتائب حزب الله العراقي","class=كتائب|فصيل")
org("asaib","IQ","","Asa'ib Ahl al-Haq","عصائب أهل الحق|العصائب","class=فصيل")
org("nujaba","IQ","","Harakat al-Nujaba","حركة النجباء|النجباء","class=حركة|فصيل")
org("hamas","PS","Q38799","Hamas","حماس|حركة حماس|حركة المقاومة الإسلامية|Hamas","class=حركة")
org("qassam","PS","","Izz ad-Din al-Qassam Brigades","كتائب القسام|كتائب عز الدين القسام|القسام","class=كتائب")
org("pij","PS","","Palestinian Islamic Jihad","حركة الجهاد الإسلامي|الجهاد الإسلامي|سرايا القدس|حركة الجهاد","class=حركة")
org("fatah","PS","","Fatah","حركة فتح|فتح@PS","class=حركة")
org("plo","PS","","Palestine Liberation Organization","منظمة التحرير الفلسطينية|منظمة التحرير|PLO","class=منظمة")
org("pa","PS","","Palestinian Authority","السلطة الفلسطينية|السلطة الوطنية الفلسطينية","class=سلطة")
org("houthis","YE","","Houthis (Ansar Allah)","الحوثيون|الحوثيين|جماعة الحوثي|الحوثي|أنصار الله|انصار الله|جماعة أنصار الله|ميليشيا الحوثي|ميليشيات الحوثي|مليشيا الحوثي|الميليشيات الحوثية|الميليشيا الحوثية|المتمردين الحوثيين|المتمردون الحوثيون|Houthis","class=جماعة|ميليشيا|ميليشيات")
org("fsa","SY","","Free Syrian Army","الجيش السوري الحر|الجيش الحر","class=فصيل")
org("sna","SY","","Syrian National Army","الجيش الوطني السوري","class=فصيل")
org("taliban","AF","Q42418","Taliban","طالبان|حركة طالبان|Taliban","class=حركة")
org("shabaab","SO","","al-Shabaab","حركة الشباب|الشباب المجاهدين|حركة الشباب المجاهدين|الشباب@SO","class=حركة")
org("bokoharam","NG","","Boko Haram","بوكو حرام|جماعة بوكو حرام","class=جماعة")
org("mb","EG","","Muslim Brotherhood","الإخوان المسلمين|الإخوان المسلمون|جماعة الإخوان|جماعة الإخوان المسلمين|الإخوان|الاخوان","class=جماعة")
org("wagner","RU","","Wagner Group","فاغنر|مجموعة فاغنر|فاجنر","class=مجموعة")
org("rsf","SD","","Rapid Support Forces","قوات الدعم السريع|الدعم السريع|RSF","class=قوات")
org("lna","LY","","Libyan National Army","الجيش الوطني الليبي|قوات حفتر","class=قوات")
org("stc","YE","","Southern Transitional Council","المجلس الانتقالي الجنوبي|الانتقالي الجنوبي","class=مجلس")
org("irgc","IR","","Islamic Revolutionary Guard Corps","الحرس الثوري|الحرس الثوري الإيراني|الحرس الثوري الايراني|حرس الثورة|IRGC","class=")
org("quds_force","IR","","Quds Force","فيلق القدس","class=فيلق")
org("basij","IR","","Basij","الباسيج|قوات الباسيج","class=")
org("joc_iq","IQ","","Joint Operations Command (Iraq)","قيادة العمليات المشتركة|قيادة العمليات المشتركة العراقية|العمليات المشتركة@IQ","class=قيادة")
org("coalition_us","XX","","Global Coalition against ISIS","التحالف الدولي|التحالف الدولي ضد داعش|التحالف الدولي لمحاربة داعش","class=تحالف")
org("coalition_sa","SA","","Saudi-led coalition in Yemen","التحالف العربي|تحالف دعم الشرعية|التحالف العربي لدعم الشرعية","class=تحالف")
# --- national armed forces
for id, cc, en, names in [
    ("army_iq","IQ","Iraqi Army","الجيش العراقي|القوات العراقية|القوات الأمنية العراقية|قوات الأمن العراقية"),
    ("army_sy","SY","Syrian Arab Army","الجيش السوري|قوات الجيش السوري|جيش النظام السوري|قوات النظام السوري|قوات النظام|جيش النظام|الجيش العربي السوري|القوات الحكومية السورية|القوات السورية"),
    ("army_us","US","United States Armed Forces","الجيش الأميركي|الجيش الأمريكي|الجيش الامريكي|القوات الأميركية|القوات الأمريكية|القوات الامريكية|الجيش الاميركي|القوات الاميركية|US military|US forces"),
    ("army_ru","RU","Russian Armed Forces","الجيش الروسي|القوات الروسية"),("army_tr","TR","Turkish Armed Forces","الجيش التركي|القوات التركية"),
    ("army_il","IL","Israel Defense Forces","الجيش الإسرائيلي|الجيش الاسرائيلي|جيش الاحتلال|جيش الاحتلال الإسرائيلي|قوات الاحتلال|قوات الاحتلال الإسرائيلي|القوات الإسرائيلية|IDF"),
    ("army_ir","IR","Iranian Armed Forces","الجيش الإيراني|القوات الإيرانية"),("army_eg","EG","Egyptian Army","الجيش المصري|القوات المسلحة المصرية"),
    ("army_lb","LB","Lebanese Army","الجيش اللبناني"),("army_sa","SA","Saudi Armed Forces","الجيش السعودي|القوات السعودية"),("army_ye","YE","Yemeni Army","الجيش اليمني|قوات الجيش اليمني|الجيش الوطني اليمني"),
    ("army_jo","JO","Jordanian Armed Forces","الجيش الأردني|القوات المسلحة الأردنية"),("army_sd","SD","Sudanese Armed Forces","الجيش السوداني|القوات المسلحة السودانية"),
    ("army_fr","FR","French Armed Forces","الجيش الفرنسي|القوات الفرنسية"),("army_gb","GB","British Armed Forces","الجيش البريطاني|القوات البريطانية"),
    ("army_ly","LY","Libyan army","الجيش الليبي"),("army_dz","DZ","Algerian People's National Army","الجيش الجزائري"),("army_pk","PK","Pakistan Army","الجيش الباكستاني"),
    ("army_ua","UA","Armed Forces of Ukraine","الجيش الأوكراني|القوات الأوكرانية"),("army_kp","KP","Korean People's Army","الجيش الكوري الشمالي"),("army_kr","KR","Republic of Korea Armed Forces","الجيش الكوري الجنوبي"),
    ("army_cn","CN","People's Liberation Army","الجيش الصيني|جيش التحرير الشعبي"),
    ("army_tn","TN","Tunisian Armed Forces","الجيش التونسي|الجيش الوطني التونسي|القوات المسلحة التونسية|الجيش الوطني@TN"),("army_ma","MA","Royal Moroccan Armed Forces","الجيش المغربي|القوات المسلحة الملكية")]:
    org(id, cc, "", en, names, "class=جيش")
# --- intelligence / police
org("mossad","IL","","Mossad","الموساد","class=جهاز")
org("cia","US","","Central Intelligence Agency","وكالة المخابرات المركزية|المخابرات المركزية الأمريكية|المخابرات المركزية الأميركية|سي آي إيه|CIA","class=وكالة")
org("fbi","US","","FBI","مكتب التحقيقات الفيدرالي|مكتب التحقيقات الاتحادي|إف بي آي|FBI","class=مكتب")
org("shin_bet","IL","","Shin Bet","الشاباك|جهاز الشاباك|جهاز الأمن العام الإسرائيلي","class=جهاز")
org("ctc_iq","IQ","","Iraqi Counter-Terrorism Service","جهاز مكافحة الإرهاب|جهاز مكافحة الإرهاب العراقي","class=جهاز")
# --- Maghreb security services (the bare name only where the article is about the country: @CC)
org("guard_tn","TN","","National Guard (Tunisia)","الحرس الوطني التونسي|الحرس الوطني@TN|الإدارة العامة للحرس الوطني","class=")
org("customs_tn","TN","","Tunisian Customs","الديوانة التونسية|الديوانة|الإدارة العامة للديوانة","class=")
org("civil_protection_tn","TN","","Civil Protection (Tunisia)","الديوان الوطني للحماية المدنية|الحماية المدنية@TN","class=")
org("gendarmerie_dz","DZ","","National Gendarmerie (Algeria)","الدرك الوطني الجزائري|الدرك الوطني@DZ","class=")
org("dgsn_ma","MA","","General Directorate for National Security (Morocco)","المديرية العامة للأمن الوطني@MA","class=مديرية")
# --- international bodies
for id, qid, en, names in [
    ("un","Q1065","United Nations","الأمم المتحدة|الامم المتحدة|منظمة الأمم المتحدة|United Nations|UN"),("unsc","Q37470","UN Security Council","مجلس الأمن|مجلس الأمن الدولي|مجلس الامن|مجلس الأمن التابع للأمم المتحدة"),
    ("unga","","UN General Assembly","الجمعية العامة للأمم المتحدة|الجمعية العامة"),("unhcr","","UNHCR","المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية اللاجئين|مفوضية الأمم المتحدة لشؤون اللاجئين|UNHCR"),
    ("unicef","","UNICEF","اليونيسف|يونيسف|منظمة الأمم المتحدة للطفولة|UNICEF"),("who","Q7817","World Health Organization","منظمة الصحة العالمية|WHO"),("wfp","","World Food Programme","برنامج الأغذية العالمي"),
    ("unrwa","","UNRWA","الأونروا|الاونروا|وكالة غوث وتشغيل اللاجئين الفلسطينيين|UNRWA"),("ocha","","OCHA","مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|أوتشا"),
    ("unhrc","","UN Human Rights Council","مجلس حقوق الإنسان|مجلس حقوق الإنسان التابع للأمم المتحدة"),("iaea","","IAEA","الوكالة الدولية للطاقة الذرية|الطاقة الذرية@ctx|IAEA"),
    ("opcw","","OPCW","منظمة حظر الأسلحة الكيميائية|OPCW"),("icc","","International Criminal Court","المحكمة الجنائية الدولية"),("icj","","International Court of Justice","محكمة العدل الدولية"),
    ("unesco","Q7809","UNESCO","اليونسكو|منظمة اليونسكو|UNESCO"),("nato","Q7184","NATO","حلف شمال الأطلسي|حلف الناتو|الناتو|حلف شمال الاطلسي|الحلف الأطلسي|حلف الأطلسي|الأطلسي@ctx|NATO"),
    ("eu","Q458","European Union","الاتحاد الأوروبي|الاتحاد الاوروبي|European Union|EU"),("arab_league","Q7172","Arab League","جامعة الدول العربية|الجامعة العربية|Arab League"),
    ("gcc","","Gulf Cooperation Council","مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربية|مجلس التعاون|GCC"),("oic","","Organisation of Islamic Cooperation","منظمة التعاون الإسلامي"),
    ("au","","African Union","الاتحاد الأفريقي|الاتحاد الإفريقي"),("opec","Q7795","OPEC","أوبك|منظمة أوبك|منظمة الدول المصدرة للنفط|OPEC"),("imf","Q7804","International Monetary Fund","صندوق النقد الدولي|IMF"),
    ("worldbank","Q7164","World Bank","البنك الدولي|World Bank"),("icrc","","International Committee of the Red Cross","اللجنة الدولية للصليب الأحمر|الصليب الأحمر|الصليب الاحمر|ICRC"),
    ("redcrescent","","Red Crescent","الهلال الأحمر|الهلال الاحمر"),("amnesty","Q42970","Amnesty International","منظمة العفو الدولية|العفو الدولية|Amnesty International"),
    ("hrw","","Human Rights Watch","هيومن رايتس ووتش|منظمة هيومن رايتس ووتش|Human Rights Watch"),("msf","","Médecins Sans Frontières","أطباء بلا حدود|منظمة أطباء بلا حدود"),
    ("sohr","","Syrian Observatory for Human Rights","المرصد السوري لحقوق الإنسان|المرصد السوري|SOHR"),("g20","","G20","مجموعة العشرين"),("g7","","G7","مجموعة السبع|مجموعة الدول السبع"),
    ("fifa","","FIFA","الفيفا|الاتحاد الدولي لكرة القدم|FIFA"),("ioc","","International Olympic Committee","اللجنة الأولمبية الدولية"),("interpol","","Interpol","الإنتربول|الانتربول|الشرطة الدولية")]:
    org(id, "SY" if id == "sohr" else "XX", qid, en, names, "class=منظمة" if id not in ("unsc",) else "class=مجلس")
# --- governments, parliaments, parties
for id, cc, en, names, cls in [
    ("baath","SY","Ba'ath Party","حزب البعث|حزب البعث العربي الاشتراكي","حزب"),("akp","TR","Justice and Development Party (AKP)","حزب العدالة والتنمية@TR","حزب"),
    ("chp","TR","Republican People's Party","حزب الشعب الجمهوري","حزب"),("hdp","TR","Peoples' Democratic Party","حزب الشعوب الديمقراطي","حزب"),
    ("ugtt","TN","Tunisian General Labour Union (UGTT)","الاتحاد العام التونسي للشغل|اتحاد الشغل|المركزية النقابية|UGTT","اتحاد"),
    ("utica","TN","Tunisian Union of Industry, Trade and Handicrafts (UTICA)","الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية|منظمة الأعراف","اتحاد"),
    ("isie","TN","Independent High Authority for Elections (ISIE)","الهيئة العليا المستقلة للانتخابات|هيئة الانتخابات@TN","هيئة"),
    ("arp_tn","TN","Assembly of the Representatives of the People (Tunisia)","مجلس نواب الشعب|البرلمان التونسي","مجلس"),
    ("nidaa","TN","Nidaa Tounes","نداء تونس|حركة نداء تونس|حزب نداء تونس","حركة"),("popular_front_tn","TN","Popular Front (Tunisia)","الجبهة الشعبية@TN","جبهة"),
    ("pdl_tn","TN","Free Destourian Party","الحزب الدستوري الحر","حزب"),("tahya_tounes","TN","Tahya Tounes","حزب تحيا تونس|تحيا تونس","حزب"),("qalb_tounes","TN","Qalb Tounes","حزب قلب تونس|قلب تونس","حزب"),
    ("fln_dz","DZ","National Liberation Front (Algeria)","حزب جبهة التحرير الوطني|جبهة التحرير الوطني@DZ","جبهة"),("rnd_dz","DZ","National Rally for Democracy (Algeria)","التجمع الوطني الديمقراطي@DZ","حزب"),
    ("pjd_ma","MA","Justice and Development Party (Morocco)","حزب العدالة والتنمية@MA","حزب"),("polisario","EH","Polisario Front","جبهة البوليساريو|البوليساريو","جبهة"),
    ("hor_ly","LY","House of Representatives (Libya)","مجلس النواب الليبي","مجلس"),
    ("likud","IL","Likud","الليكود|حزب الليكود","حزب"),("ennahda","TN","Ennahda","حركة النهضة|النهضة@TN","حركة"),("kdp","IQ","Kurdistan Democratic Party","الحزب الديمقراطي الكردستاني","حزب"),
    ("puk","IQ","Patriotic Union of Kurdistan","الاتحاد الوطني الكردستاني","حزب"),("dawa","IQ","Islamic Dawa Party","حزب الدعوة|حزب الدعوة الإسلامية","حزب"),
    ("sadrist","IQ","Sadrist Movement","التيار الصدري","تيار"),("sairoon","IQ","Sairoon","تحالف سائرون|سائرون","تحالف"),("fatah_alliance","IQ","Fatah Alliance","تحالف الفتح","تحالف"),
    ("kurdistan_rg","IQ","Kurdistan Regional Government","حكومة إقليم كردستان|حكومة الإقليم","حكومة"),("iq_parliament","IQ","Council of Representatives of Iraq","مجلس النواب العراقي|البرلمان العراقي","مجلس"),
    ("knesset","IL","Knesset","الكنيست|الكنيست الإسرائيلي","مجلس"),("us_congress","US","United States Congress","الكونغرس|الكونغرس الأمريكي|الكونغرس الأميركي|الكونجرس","مجلس"),
    ("us_senate","US","United States Senate","مجلس الشيوخ الأمريكي|مجلس الشيوخ الأميركي","مجلس"),("democrats_us","US","Democratic Party (US)","الحزب الديمقراطي@US","حزب"),("republicans_us","US","Republican Party (US)","الحزب الجمهوري","حزب"),
    ("hadi_gov","YE","Government of Yemen","الحكومة الشرعية|الحكومة اليمنية|الشرعية@YE","حكومة"),("gna","LY","Government of National Accord","حكومة الوفاق|حكومة الوفاق الوطني","حكومة"),
    ("syrian_opposition","SY","Syrian National Coalition","الائتلاف الوطني السوري|الائتلاف السوري","ائتلاف"),("sns","SY","Syrian opposition","المعارضة السورية|قوات المعارضة|فصائل المعارضة|المعارضة المسلحة","فصائل")]:
    org(id, cc, "", en, names, "class=" + cls)
# --- ministries: foreign/defence/interior of the region, generated from nisbas
NISBA = {"IQ":("العراقية","Iraq"),"SY":("السورية","Syria"),"IR":("الإيرانية","Iran"),"TR":("التركية","Turkey"),"SA":("السعودية","Saudi Arabia"),"EG":("المصرية","Egypt"),
    "JO":("الأردنية","Jordan"),"LB":("اللبنانية","Lebanon"),"AE":("الإماراتية","UAE"),"QA":("القطرية","Qatar"),"KW":("الكويتية","Kuwait"),"BH":("البحرينية","Bahrain"),
    "OM":("العمانية","Oman"),"YE":("اليمنية","Yemen"),"LY":("الليبية","Libya"),"SD":("السودانية","Sudan"),"TN":("التونسية","Tunisia"),"DZ":("الجزائرية","Algeria"),
    "MA":("المغربية","Morocco"),"PS":("الفلسطينية","Palestine"),"IL":("الإسرائيلية","Israel"),"US":("الأمريكية","United States"),"RU":("الروسية","Russia"),
    "GB":("البريطانية","United Kingdom"),"FR":("الفرنسية","France"),"DE":("الألمانية","Germany"),"CN":("الصينية","China"),"KP":("الكورية الشمالية","North Korea"),"KR":("الكورية الجنوبية","South Korea"),"JP":("اليابانية","Japan")}
for cc, (nis, country) in NISBA.items():
    alt = nis.replace("الإ", "الا").replace("الأ", "الا")
    extra_us = "|وزارة الخارجية الأميركية|الخارجية الأميركية|State Department" if cc == "US" else ""
    # Tunisia's and Morocco's ministry is وزارة الشؤون الخارجية
    extra_us += "|وزارة الشؤون الخارجية " + nis + "|وزارة الشؤون الخارجية@" + cc if cc in ("TN", "MA") else ""
    org("mofa_" + cc.lower(), cc, "", "Ministry of Foreign Affairs of " + country, "وزارة الخارجية " + nis + ("|وزارة الخارجية " + alt if alt != nis else "") + extra_us + ("|الخارجية " + nis), "class=وزارة")
    us = "|وزارة الدفاع الأميركية|وزارة الدفاع الاميركية" if cc == "US" else ""
    org("mod_" + cc.lower(), cc, "", "Ministry of Defence of " + country, "وزارة الدفاع " + nis + ("|وزارة الدفاع " + alt if alt != nis else "") + us, "class=وزارة")
    us = "|وزارة الداخلية الأميركية" if cc == "US" else ""
    org("moi_" + cc.lower(), cc, "", "Ministry of Interior of " + country, "وزارة الداخلية " + nis + ("|وزارة الداخلية " + alt if alt != nis else "") + us, "class=وزارة")
# (the US foreign ministry is mofa_us above: وزارة الخارجية الأمريكية, الخارجية الأميركية, State Department)

# --- people: heads of state/government, foreign ministers, leaders (current and recent)
P = [
 ("IQ","Fuad Hussein","فؤاد حسين","fm"),("IQ","Mohammed Shia al-Sudani","محمد شياع السوداني|السوداني@IQ","pm"),("IQ","Mustafa al-Kadhimi","مصطفى الكاظمي|الكاظمي","pm"),
 ("IQ","Adil Abdul-Mahdi","عادل عبد المهدي","pm"),("IQ","Haider al-Abadi","حيدر العبادي|العبادي","pm"),("IQ","Nouri al-Maliki","نوري المالكي|المالكي@IQ","pm"),
 ("IQ","Abdul Latif Rashid","عبد اللطيف رشيد|عبد اللطيف جمال رشيد","head"),("IQ","Barham Salih","برهم صالح","head"),("IQ","Fuad Masum","فؤاد معصوم","head"),
 ("IQ","Ibrahim al-Jaafari","إبراهيم الجعفري|ابراهيم الجعفري","fm"),("IQ","Mohammed Ali al-Hakim","محمد علي الحكيم","fm"),("IQ","Muqtada al-Sadr","مقتدى الصدر|الصدر@IQ","leader"),
 ("IQ","Masoud Barzani","مسعود بارزاني|مسعود البارزاني","leader"),("IQ","Nechirvan Barzani","نيجيرفان بارزاني|نيجيرفان البارزاني","head"),("IQ","Masrour Barzani","مسرور بارزاني","pm"),
 ("IQ","Mohamed al-Halbousi","محمد الحلبوسي|الحلبوسي","speaker"),("IQ","Ali al-Sistani","علي السيستاني|السيستاني","leader"),("IQ","Hadi al-Amiri","هادي العامري|العامري","leader"),
 ("SY","Bashar al-Assad","بشار الأسد|بشار الاسد|الأسد|الاسد|Bashar al-Assad|Assad","head"),("SY","Ahmed al-Sharaa","أحمد الشرع|احمد الشرع|الشرع|أبو محمد الجولاني|أبو محمد الجولاني|الجولاني","head"),
 ("SY","Walid Muallem","وليد المعلم|المعلم@SY","fm"),("SY","Faisal Mekdad","فيصل المقداد|المقداد","fm"),("SY","Asaad al-Shaibani","أسعد الشيباني|اسعد الشيباني|الشيباني","fm"),
 ("SY","Imad Khamis","عماد خميس","pm"),("SY","Hussein Arnous","حسين عرنوس","pm"),("SY","Mohammad Ghazi al-Jalali","محمد غازي الجلالي","pm"),("SY","Mohammed al-Bashir","محمد البشير","pm"),
 ("SY","Mazloum Abdi","مظلوم عبدي","leader"),("SY","Hafez al-Assad","حافظ الأسد","head"),("SY","Maher al-Assad","ماهر الأسد","leader"),
 ("IR","Ali Khamenei","علي خامنئي|خامنئي|آية الله علي خامنئي","head"),("IR","Hassan Rouhani","حسن روحاني|روحاني","head"),("IR","Ebrahim Raisi","إبراهيم رئيسي|ابراهيم رئيسي|رئيسي@IR","head"),
 ("IR","Masoud Pezeshkian","مسعود بزشكيان|بزشكيان","head"),("IR","Mohammad Javad Zarif","محمد جواد ظريف|جواد ظريف|ظريف","fm"),("IR","Hossein Amir-Abdollahian","حسين أمير عبد اللهيان|أمير عبد اللهيان|عبد اللهيان","fm"),
 ("IR","Abbas Araghchi","عباس عراقجي|عراقجي","fm"),("IR","Qasem Soleimani","قاسم سليماني|سليماني","leader"),("IR","Mahmoud Ahmadinejad","محمود أحمدي نجاد|أحمدي نجاد","head"),
 ("TR","Recep Tayyip Erdogan","رجب طيب أردوغان|رجب طيب اردوغان|أردوغان|اردوغان|Erdogan","head"),("TR","Mevlut Cavusoglu","مولود جاويش أوغلو|جاويش أوغلو|جاويش اوغلو","fm"),
 ("TR","Hakan Fidan","هاكان فيدان|فيدان","fm"),("TR","Binali Yildirim","بن علي يلدريم|يلدريم","pm"),
 ("SA","King Salman","الملك سلمان|سلمان بن عبد العزيز|الملك سلمان بن عبد العزيز|خادم الحرمين الشريفين","head"),("SA","Mohammed bin Salman","محمد بن سلمان|الأمير محمد بن سلمان|ولي العهد السعودي","pm"),
 ("SA","Adel al-Jubeir","عادل الجبير|الجبير","fm"),("SA","Faisal bin Farhan","فيصل بن فرحان","fm"),
 ("AE","Mohamed bin Zayed","محمد بن زايد|الشيخ محمد بن زايد","head"),("AE","Khalifa bin Zayed","خليفة بن زايد","head"),("AE","Mohammed bin Rashid","محمد بن راشد|محمد بن راشد آل مكتوم","pm"),
 ("AE","Abdullah bin Zayed","عبد الله بن زايد|عبدالله بن زايد","fm"),("AE","Anwar Gargash","أنور قرقاش|قرقاش","fm"),
 ("QA","Tamim bin Hamad","تميم بن حمد|الشيخ تميم بن حمد|تميم بن حمد آل ثاني","head"),("QA","Mohammed bin Abdulrahman Al Thani","محمد بن عبد الرحمن آل ثاني|محمد بن عبدالرحمن آل ثاني","fm"),
 ("EG","Abdel Fattah el-Sisi","عبد الفتاح السيسي|السيسي","head"),("EG","Sameh Shoukry","سامح شكري|شكري@EG","fm"),("EG","Badr Abdelatty","بدر عبد العاطي","fm"),("EG","Mostafa Madbouly","مصطفى مدبولي|مدبولي","pm"),
 ("EG","Hosni Mubarak","حسني مبارك|مبارك@EG","head"),("EG","Mohamed Morsi","محمد مرسي|مرسي@EG","head"),
 ("JO","King Abdullah II","الملك عبد الله الثاني|عبد الله الثاني|العاهل الأردني","head"),("JO","Ayman Safadi","أيمن الصفدي|ايمن الصفدي|الصفدي","fm"),
 ("LB","Michel Aoun","ميشال عون|ميشيل عون","head"),("LB","Joseph Aoun","جوزاف عون|جوزيف عون","head"),("LB","Najib Mikati","نجيب ميقاتي|ميقاتي","pm"),("LB","Saad Hariri","سعد الحريري|الحريري","pm"),
 ("LB","Nawaf Salam","نواف سلام","pm"),("LB","Nabih Berri","نبيه بري","speaker"),("LB","Hassan Nasrallah","حسن نصر الله|حسن نصرالله|نصر الله|نصرالله","leader"),("LB","Naim Qassem","نعيم قاسم","leader"),
 ("LB","Gebran Bassil","جبران باسيل|باسيل","fm"),
 ("PS","Mahmoud Abbas","محمود عباس|أبو مازن|ابو مازن","head"),("PS","Ismail Haniyeh","إسماعيل هنية|اسماعيل هنية|هنية","leader"),("PS","Yahya Sinwar","يحيى السنوار|السنوار","leader"),
 ("PS","Khaled Mashal","خالد مشعل|مشعل@PS","leader"),("PS","Riyad al-Maliki","رياض المالكي","fm"),("PS","Rami Hamdallah","رامي الحمد الله","pm"),("PS","Mohammad Shtayyeh","محمد اشتية|اشتية","pm"),
 ("IL","Benjamin Netanyahu","بنيامين نتنياهو|نتنياهو|نتانياهو|Netanyahu","pm"),("IL","Naftali Bennett","نفتالي بينيت|بينيت","pm"),("IL","Yair Lapid","يائير لابيد|لابيد","pm"),
 ("IL","Yoav Gallant","يوآف غالانت|غالانت","minister"),("IL","Isaac Herzog","إسحاق هرتسوغ|هرتسوغ","head"),("IL","Reuven Rivlin","رؤوفين ريفلين|ريفلين","head"),
 ("IL","Avigdor Lieberman","أفيغدور ليبرمان|ليبرمان","minister"),("IL","Israel Katz","يسرائيل كاتس","fm"),("IL","Benny Gantz","بيني غانتس|غانتس","minister"),
 ("YE","Abdrabbuh Mansur Hadi","عبد ربه منصور هادي|عبدربه منصور هادي|منصور هادي","head"),("YE","Rashad al-Alimi","رشاد العليمي|العليمي","head"),
 ("YE","Abdul-Malik al-Houthi","عبد الملك الحوثي","leader"),("YE","Mahdi al-Mashat","مهدي المشاط|المشاط","head"),("YE","Ali Abdullah Saleh","علي عبد الله صالح","head"),
 ("YE","Khaled al-Yamani","خالد اليماني","fm"),("YE","Ahmed Awad bin Mubarak","أحمد عوض بن مبارك|بن مبارك","fm"),
 ("LY","Khalifa Haftar","خليفة حفتر|حفتر","leader"),("LY","Fayez al-Sarraj","فائز السراج|فايز السراج|السراج","pm"),("LY","Abdul Hamid Dbeibah","عبد الحميد الدبيبة|الدبيبة","pm"),
 ("SD","Omar al-Bashir","عمر البشير|عمر حسن البشير|البشير@SD","head"),("SD","Abdel Fattah al-Burhan","عبد الفتاح البرهان|البرهان","head"),("SD","Mohamed Hamdan Dagalo","محمد حمدان دقلو|حميدتي|دقلو","leader"),
 ("TN","Kais Saied","قيس سعيد","head"),("TN","Beji Caid Essebsi","الباجي قائد السبسي|قائد السبسي|السبسي","head"),
 ("DZ","Abdelmadjid Tebboune","عبد المجيد تبون|تبون","head"),("DZ","Abdelaziz Bouteflika","عبد العزيز بوتفليقة|بوتفليقة","head"),
 ("TN","Youssef Chahed","يوسف الشاهد","pm"),("TN","Habib Essid","الحبيب الصيد","pm"),("TN","Elyes Fakhfakh","إلياس الفخفاخ|الياس الفخفاخ|الفخفاخ","pm"),
 ("TN","Hichem Mechichi","هشام المشيشي|المشيشي","pm"),("TN","Najla Bouden","نجلاء بودن رمضان|نجلاء بودن","pm"),("TN","Ahmed Hachani","أحمد الحشاني","pm"),("TN","Kamel Madouri","كمال المدوري","pm"),
 ("TN","Moncef Marzouki","المنصف المرزوقي|منصف المرزوقي|المرزوقي","head"),("TN","Zine El Abidine Ben Ali","زين العابدين بن علي","head"),("TN","Rached Ghannouchi","راشد الغنوشي|الغنوشي","leader"),
 ("TN","Noureddine Taboubi","نور الدين الطبوبي|نورالدين الطبوبي|الطبوبي","leader"),("TN","Abir Moussi","عبير موسي","leader"),("TN","Nabil Karoui","نبيل القروي","leader"),
 ("TN","Hafedh Caid Essebsi","حافظ قائد السبسي","leader"),("TN","Khemaies Jhinaoui","خميس الجهيناوي|الجهيناوي","fm"),("TN","Othman Jerandi","عثمان الجرندي|الجرندي","fm"),("TN","Nabil Ammar","نبيل عمار","fm"),
 ("DZ","Ahmed Ouyahia","أحمد أويحيى|احمد اويحيى|أويحيى|اويحيى","pm"),("DZ","Noureddine Bedoui","نور الدين بدوي","pm"),("DZ","Abdelaziz Djerad","عبد العزيز جراد","pm"),
 ("DZ","Ahmed Gaid Salah","أحمد قايد صالح|قايد صالح","leader"),("DZ","Abdelkader Messahel","عبد القادر مساهل|مساهل","fm"),("DZ","Ramtane Lamamra","رمطان لعمامرة|لعمامرة","fm"),("DZ","Ahmed Attaf","أحمد عطاف","fm"),
 ("MA","Saadeddine Othmani","سعد الدين العثماني|العثماني@MA","pm"),("MA","Abdelilah Benkirane","عبد الإله بنكيران|عبد الاله بنكيران|بنكيران","pm"),("MA","Aziz Akhannouch","عزيز أخنوش|أخنوش","pm"),
 ("LY","Aguila Saleh","عقيلة صالح","speaker"),("MR","Mohamed Ould Abdel Aziz","محمد ولد عبد العزيز","head"),("MR","Mohamed Ould Ghazouani","محمد ولد الغزواني|محمد ولد الشيخ الغزواني|ولد الغزواني","head"),
 ("XX","Ghassan Salame","غسان سلامة","un"),
 ("MA","King Mohammed VI","الملك محمد السادس|محمد السادس|العاهل المغربي","head"),("MA","Nasser Bourita","ناصر بوريطة|بوريطة","fm"),
 ("KW","Sabah Al-Ahmad","الشيخ صباح الأحمد|صباح الأحمد الجابر الصباح|صباح الأحمد","head"),("KW","Nawaf Al-Ahmad","نواف الأحمد|الشيخ نواف الأحمد","head"),("KW","Mishal Al-Ahmad","مشعل الأحمد|الشيخ مشعل الأحمد","head"),
 ("OM","Sultan Qaboos","السلطان قابوس|قابوس بن سعيد","head"),("OM","Haitham bin Tariq","هيثم بن طارق|السلطان هيثم","head"),("OM","Yusuf bin Alawi","يوسف بن علوي","fm"),("OM","Badr Albusaidi","بدر البوسعيدي|البوسعيدي","fm"),
 ("BH","Hamad bin Isa","حمد بن عيسى|الملك حمد بن عيسى","head"),
 ("US","Donald Trump","دونالد ترامب|ترامب|ترمب|Donald Trump|Trump","head"),("US","Joe Biden","جو بايدن|بايدن|Joe Biden|Biden","head"),("US","Barack Obama","باراك أوباما|أوباما|اوباما","head"),
 ("US","Mike Pompeo","مايك بومبيو|بومبيو","fm"),("US","Rex Tillerson","ريكس تيلرسون|تيلرسون","fm"),("US","Antony Blinken","أنتوني بلينكن|بلينكن|انتوني بلينكن","fm"),
 ("US","Marco Rubio","ماركو روبيو|روبيو","fm"),("US","Kamala Harris","كامالا هاريس|هاريس","vp"),("US","Mike Pence","مايك بنس|بنس","vp"),("US","John Bolton","جون بولتون|بولتون","adviser"),
 ("US","Jim Mattis","جيمس ماتيس|جيم ماتيس|ماتيس","minister"),("US","Lloyd Austin","لويد أوستن|أوستن","minister"),("US","Nikki Haley","نيكي هيلي|هيلي","ambassador"),("US","Hillary Clinton","هيلاري كلينتون","fm"),
 ("RU","Vladimir Putin","فلاديمير بوتين|بوتين|Putin","head"),("RU","Sergey Lavrov","سيرغي لافروف|سيرجي لافروف|لافروف","fm"),("RU","Dmitry Medvedev","ديمتري ميدفيديف|ميدفيديف","pm"),("RU","Mikhail Mishustin","ميخائيل ميشوستين|ميشوستين","pm"),
 ("GB","Theresa May","تيريزا ماي","pm"),("GB","Boris Johnson","بوريس جونسون|جونسون","pm"),("GB","Rishi Sunak","ريشي سوناك|سوناك","pm"),("GB","Keir Starmer","كير ستارمر|ستارمر","pm"),
 ("GB","David Lammy","ديفيد لامي|لامي","fm"),("GB","Jeremy Hunt","جيريمي هانت","fm"),("GB","David Cameron","ديفيد كاميرون|كاميرون","fm"),("GB","Hamish Falconer","هاميش فالكونر|فالكونر","minister"),
 ("GB","Alistair Burt","أليستر بيرت","minister"),("GB","Liz Truss","ليز تراس","pm"),("GB","Queen Elizabeth II","الملكة إليزابيث|الملكة إليزابيث الثانية","head"),("GB","King Charles III","الملك تشارلز|الملك تشارلز الثالث","head"),
 ("FR","Emmanuel Macron","إيمانويل ماكرون|ايمانويل ماكرون|ماكرون|Macron","head"),("FR","Jean-Yves Le Drian","جان إيف لودريان|لودريان","fm"),
 ("DE","Angela Merkel","أنغيلا ميركل|أنجيلا ميركل|ميركل","pm"),("DE","Olaf Scholz","أولاف شولتس|شولتس","pm"),("DE","Friedrich Merz","فريدريش ميرتس|ميرتس","pm"),("DE","Heiko Maas","هايكو ماس","fm"),
 ("CN","Xi Jinping","شي جين بينغ|شي جينبينغ|شي جين بينج","head"),("CN","Wang Yi","وانغ يي|وانج يي","fm"),
 ("KP","Kim Jong-un","كيم جونغ أون|كيم جونغ اون|كيم جونج أون|كيم","head"),("KP","Ri Yong-ho","ري يونغ هو","fm"),("KR","Moon Jae-in","مون جاي إن|مون جاي ان","head"),("KR","Yoon Suk-yeol","يون سوك يول","head"),
 ("JP","Shinzo Abe","شينزو آبي|شينزو ابي|آبي@JP","pm"),("IN","Narendra Modi","ناريندرا مودي|مودي","pm"),("PK","Imran Khan","عمران خان","pm"),("AF","Ashraf Ghani","أشرف غني|اشرف غني","head"),
 ("UA","Volodymyr Zelensky","فولوديمير زيلينسكي|زيلينسكي","head"),("VE","Nicolas Maduro","نيكولاس مادورو|مادورو","head"),
 ("XX","Antonio Guterres","أنطونيو غوتيريش|أنطونيو غوتيريس|غوتيريش|غوتيريس|انطونيو غوتيريش","un"),("XX","Staffan de Mistura","ستافان دي ميستورا|دي ميستورا","un"),
 ("XX","Martin Griffiths","مارتن غريفيث|مارتن غريفيثس|غريفيث","un"),("XX","Geir Pedersen","غير بيدرسن|غير بيدرسون|بيدرسن","un"),("XX","Hans Grundberg","هانس غروندبرغ|غروندبرغ","un"),
 ("XX","Abu Bakr al-Baghdadi","أبو بكر البغدادي|ابو بكر البغدادي|البغدادي","leader"),("XX","Ayman al-Zawahiri","أيمن الظواهري|الظواهري","leader"),("XX","Osama bin Laden","أسامة بن لادن|بن لادن","leader"),
 ("XX","Ahmed Aboul Gheit","أحمد أبو الغيط|أبو الغيط","sg"),("XX","Jens Stoltenberg","ينس ستولتنبرغ|ستولتنبرغ","sg"),("XX","Federica Mogherini","فيديريكا موغيريني|موغيريني","eu"),
 ("XX","Josep Borrell","جوزيب بوريل|بوريل","eu"),("XX","Pope Francis","البابا فرنسيس","head"),
]
QIDS = {"Bashar al-Assad":"Q44329","Donald Trump":"Q22686","Joe Biden":"Q6279","Barack Obama":"Q76","Vladimir Putin":"Q7747","Recep Tayyip Erdogan":"Q39723",
        "Emmanuel Macron":"Q3052772","Angela Merkel":"Q567","Xi Jinping":"Q15031","Kim Jong-un":"Q56226","Benjamin Netanyahu":"Q43723","Mahmoud Abbas":"Q127998",
        "Ali Khamenei":"Q57336","Theresa May":"Q264766","Boris Johnson":"Q180589","Antonio Guterres":"Q311440"}
for cc, en, names, role in P:
    pid = "per:" + "".join(ch for ch in en.lower().replace(" ", "_") if ch.isalnum() or ch == "_")
    per(pid, cc, QIDS.get(en, ""), en, names, "role=" + role)
