"""Reference words that tell a lone capitalised word is a person or a place, not a company.

A single unknown word is taken for a company only where news grammar puts companies ("a deal with
Amaggi", "France's Lactalis"); people ("a deal with Trump") and places ("Australia's Pilbara") stand in
the same spots. Countries and their capitals are in the countries seed; these lists hold what it has not.
"""
from __future__ import annotations

# Common given names across the languages of business and political news: the word after one is a
# surname ("Jim Chalmers" makes "Chalmers" a person wherever it stands alone).
GIVEN_NAMES = frozenset("""
Aaron Abdul Abdullah Adam Adrian Ahmed Akira Alan Albert Alberto Alejandro Alex Alexander Alexandre Ali Alice
Alain Ana Anders Andre Andrea Andreas Andrew Andrzej Angela Anna Anne Anthony Antonio Arnaud Arthur Ashok
Barbara Ben Benjamin Bernard Bill Bob Boris Brian Bruce Carl Carlos Carlo Catherine Charles Chris Christian
Christine Christopher Claudia Colin Craig Cristina Daniel Daniela David Dennis Diego Dmitry Donald Doug Douglas
Duncan Ed Eduardo Edward Elena Elon Emmanuel Enrique Eric Erik Fernando Francisco Francois François Frank Fred
Gabriel Gary Geoff George Georg Gerhard Gina Giorgia Giovanni Graham Greg Gustavo Hans Harry Heinrich Helen
Henry Hiroshi Hugo Ian Igor Isabel Ivan Jack Jacob Jacques Jake Jakob James Jan Jane Janet Jason Javier Jean
Jeff Jennifer Jens Jerome Jim Joao João Joe Johan John Jonathan Jorge Jose José Joseph Juan Julia Julian
Justin Karen Karl Kate Keith Ken Kenji Kevin Kim Klaus Kristalina Lars Laura Lee Li Linda Lisa Louis Luca
Lucas Luis Luiz Luke Marc Marco Marcos Maria Mario Mark Martin Mary Matt Matthew Max Michael Michel Miguel
Mike Mikhail Mohamed Mohammed Muhammad Nadia Narendra Nathan Neil Nicolas Nick Nicola Olaf Oliver Olivier Omar
Oscar Pablo Patrick Paul Paulo Pedro Peter Philip Philippe Pierre Rachel Rafael Rahul Raj Ralph Ricardo
Richard Rick Robert Roberto Roger Ron Ruth Ryan Sam Samuel Sara Sarah Satoshi Scott Sebastian Sergei Sergey
Simon Sophie Stefan Stephen Steve Steven Susan Takeshi Thomas Tim Timothy Tom Tony Ursula Valentina Victor
Vladimir Volodymyr Wang William Wolfgang Xavier Yuki Yuri Zhang
""".split())

# Regions, provinces, states and big non-capital cities that news names after a country ("Canada's
# Quebec", "in Australia's Pilbara") or as the other side of a deal ("an agreement with Alberta").
PLACES = frozenset("""
Alberta Ontario Quebec Québec Manitoba Saskatchewan Yukon Nunavut Labrador Newfoundland Nova Scotia Brunswick
Queensland Victoria Tasmania Pilbara Kimberley Goldfields Kalgoorlie Perth Sydney Melbourne Brisbane Adelaide
Murchison Yilgarn Gascoyne Abitibi Timmins Sudbury Athabasca Carajas Carajás
Darwin Hobart Alaska Nevada Arizona Utah Texas Wyoming Montana Idaho California Oregon Colorado
Minnesota Michigan Ohio Pennsylvania Louisiana Oklahoma Dakota Carolina Tennessee Kentucky Virginia
Florida Alabama Mississippi Arkansas Missouri Iowa Kansas Nebraska Illinois Indiana Wisconsin Maine Vermont
Massachusetts Houston Chicago Detroit Pittsburgh Denver Boston Seattle Vancouver Toronto Montreal Calgary
Xinjiang Tibet Yunnan Sichuan Guangdong Guangxi Jiangxi Jiangsu Zhejiang Fujian Hunan Hubei Henan Hebei Shandong
Shanxi Shaanxi Gansu Qinghai Guizhou Anhui Liaoning Jilin Heilongjiang Hainan Ningxia Shanghai
Zhangzhou Xiamen Quanzhou Ningbo Zhoushan Dalian Qingdao Yantai Rizhao Dongying Zibo Tangshan Handan Hangzhou
Nanjing Huizhou Maoming Zhanjiang Lianyungang Panjin Jinchang Baiyin Anshan Tongling Luoyang Yichun Ordos
Shenzhen Guangzhou Tianjin Chongqing Wuhan Chengdu Ganzhou Baotou Katanga Lualaba Kolwezi Lubumbashi Kivu
Ituri Kasai Copperbelt Sulawesi Kalimantan Sumatra Java Papua Bali Halmahera Morowali Weda Atacama Antofagasta
Tarapaca Tarapacá Coquimbo Salta Jujuy Catamarca Mendoza Neuquen Neuquén Patagonia Arequipa Apurimac Apurímac
Cusco Cajamarca Moquegua Potosi Potosí Oruro Uyuni Sonora Chihuahua Zacatecas Oaxaca Minas Gerais Bahia Para
Pará Amazonas Goias Goiás Rondonia Limpopo Gauteng Mpumalanga Natal Cape Bushveld Kalahari Siberia Urals
Yakutia Norilsk Murmansk Crimea Donbas Donetsk Luhansk Kherson Zaporizhzhia Odesa Kharkiv Lviv Dnipro Bavaria
Saxony Lapland Andalusia Catalonia Scotland Wales England Cornwall Ulster Greenland Svalbard Kurdistan Darfur
Balochistan Punjab Sindh Gujarat Maharashtra Odisha Jharkhand Chhattisgarh Rajasthan Karnataka Kerala Bengal
Mumbai Chennai Kolkata Bangalore Bengaluru Hyderabad Karachi Lahore Dubai Sharjah Jeddah Dammam Basra Erbil
Kirkuk Istanbul Izmir Antalya Casablanca Lagos Durban Johannesburg Cairo Alexandria Mombasa Dar Kano Sabah
Sarawak Mindanao Luzon Palawan Okinawa Hokkaido Osaka Yokohama Nagoya Busan Incheon Ulsan Gwangyang Sapporo
Brussels Geneva Zurich Rotterdam Antwerp Hamburg Munich Frankfurt Milan Marseille Lyon Barcelona Gdansk
""".split())

# Regions whose names take two or more words: news describes them as it does companies ("Inner Mongolia,
# China's biggest coal producer"), so a name made of one of them is a place.
REGIONS = frozenset("""
Inner Mongolia|Western Australia|South Australia|Northern Territory|New South Wales|British Columbia|
Northwest Territories|West Virginia|North Dakota|South Dakota|North Carolina|South Carolina|New Mexico|
Gulf Coast|Permian Basin|Rio Grande do Sul|Mato Grosso|Minas Gerais|Buenos Aires|Rio Negro|Santa Cruz|
San Juan|Tierra del Fuego|Baja California|Nuevo Leon|North Maluku|South Sulawesi|Central Sulawesi|
Southeast Sulawesi|East Kalimantan|South Kalimantan|West Papua|Western Cape|Northern Cape|Eastern Cape|
North West Province|Free State|Haut-Katanga|Upper Katanga|Central Asia|Far East|Guangxi Zhuang
""".replace("\n", "").split("|"))

# Surnames of heads of state and government and other figures that trade news names alone, often after
# their country's possessive ("Russia's Putin", "a deal with Trump").
PUBLIC_FIGURES = frozenset("""
Trump Biden Obama Vance Rubio Bessent Lutnick Greer Harris Putin Medvedev Lavrov Xi Li Wang Modi Jaishankar
Goyal Lula Bolsonaro Milei Boric Kast Petro Sheinbaum Obrador Maduro Prabowo Widodo Jokowi Albanese Dutton
Carney Trudeau Poilievre Macron Merz Scholz Meloni Sanchez Sánchez Starmer Sunak Orban Orbán Erdogan Erdoğan
Netanyahu Zelensky Zelenskiy Zelenskyy Lukashenko Aliyev Tokayev Mirziyoyev Ramaphosa Tshisekedi Kagame Ruto
Tinubu Hichilema Mnangagwa Museveni Abiy Sisi Anwar Marcos Sharif Khamenei Pezeshkian Ishiba Kishida Takaichi
Yoon Lula Subianto Bahlil Noboa Bukele Mulino Arevalo Arévalo Luxon Frederiksen Stoltenberg Rutte Guterres
Georgieva Lagarde Powell Leyen Šefčovič Sefcovic Kallas Costa Musk Bezos
""".split())

# Universities and research institutes that news names by one word ("a research agreement with Harvard"):
# they sign agreements where companies do, but are no businesses.
INSTITUTIONS = frozenset("""
Harvard Stanford Yale Princeton Columbia Cornell Caltech MIT Berkeley Oxford Cambridge Imperial Sorbonne
Tsinghua Peking Fudan Zhejiang KAIST POSTECH Monash Purdue Duke Georgetown Johns Hopkins Rice Vanderbilt
Fraunhofer CSIRO Argonne Livermore ETH EPFL
""".split())
