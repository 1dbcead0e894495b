-- Mobility (issue 15, 002 arts. 32–33): where each unit is, what kind of institution it is, and the
-- programs' and categories' rules for transfers and changes of category, as data.

-- 地区: the national statistics bureau's division of the provinces into 东部 / 中部 / 西部 / 东北 (2011),
-- with the two regions of the 新疆西藏项目 (002 art. 11) marked. A unit records its province only: its
-- region and whether it lies in 新疆 or 西藏 are read from here, so the regional rule of 002 art. 32 is
-- computed, never typed per unit.
create table province (
    code            varchar(2)  primary key check (code ~ '^[0-9]{2}$'),
    name            varchar(20) not null unique,
    region          varchar(20) not null check (region in ('EAST', 'CENTRAL', 'WEST', 'NORTHEAST')),
    xinjiang_tibet  boolean     not null default false,
    sort_order      int         not null
);
insert into province (code, name, region, xinjiang_tibet, sort_order) values
    ('11', '北京市', 'EAST', false, 1),
    ('12', '天津市', 'EAST', false, 2),
    ('13', '河北省', 'EAST', false, 3),
    ('14', '山西省', 'CENTRAL', false, 4),
    ('15', '内蒙古自治区', 'WEST', false, 5),
    ('21', '辽宁省', 'NORTHEAST', false, 6),
    ('22', '吉林省', 'NORTHEAST', false, 7),
    ('23', '黑龙江省', 'NORTHEAST', false, 8),
    ('31', '上海市', 'EAST', false, 9),
    ('32', '江苏省', 'EAST', false, 10),
    ('33', '浙江省', 'EAST', false, 11),
    ('34', '安徽省', 'CENTRAL', false, 12),
    ('35', '福建省', 'EAST', false, 13),
    ('36', '江西省', 'CENTRAL', false, 14),
    ('37', '山东省', 'EAST', false, 15),
    ('41', '河南省', 'CENTRAL', false, 16),
    ('42', '湖北省', 'CENTRAL', false, 17),
    ('43', '湖南省', 'CENTRAL', false, 18),
    ('44', '广东省', 'EAST', false, 19),
    ('45', '广西壮族自治区', 'WEST', false, 20),
    ('46', '海南省', 'EAST', false, 21),
    ('50', '重庆市', 'WEST', false, 22),
    ('51', '四川省', 'WEST', false, 23),
    ('52', '贵州省', 'WEST', false, 24),
    ('53', '云南省', 'WEST', false, 25),
    ('54', '西藏自治区', 'WEST', true, 26),
    ('61', '陕西省', 'WEST', false, 27),
    ('62', '甘肃省', 'WEST', false, 28),
    ('63', '青海省', 'WEST', false, 29),
    ('64', '宁夏回族自治区', 'WEST', false, 30),
    ('65', '新疆维吾尔自治区', 'WEST', true, 31);

-- A unit's province (行政区划代码, first two digits) and, for an employer, its kind of institution: a move from
-- an enterprise to a university or research institute needs the advisory panel (002 art. 32). The tree so far
-- is Jiangxi's (the provincial HR department at its root), so every existing unit is placed in 江西省.
alter table org_unit
    add column province_code    varchar(2)  references province (code),
    add column institution_type varchar(30) check (institution_type in ('ENTERPRISE', 'UNIVERSITY',
                                                                        'RESEARCH_INSTITUTE', 'OTHER'));
update org_unit set province_code = '36';
create index org_unit_province_idx on org_unit (province_code);

-- Whether 002 art. 32's regional rule binds the program's people in their first term (千人计划: yes; the national
-- 百千万 asks HR departments to speed such moves (000): no). The office sets it; no program has it until then.
alter table program add column regional_transfer_rule boolean not null default false;

-- 002 art. 33: a category the office marks as short-term (创新短期) or long-term (创新长期) takes part in
-- conversions; 新疆西藏项目 (002 art. 11) people may not leave those regions in their first term (art. 32).
alter table program_category
    add column term_kind      varchar(10) check (term_kind in ('SHORT', 'LONG')),
    add column xinjiang_tibet boolean     not null default false;
