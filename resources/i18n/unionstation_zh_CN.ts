<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="70" />
        <source>Database damaged: read-only</source>
        <translation>数据库损坏:只读打开</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="74" />
        <source>Database OK · schema {0}</source>
        <translation>数据库正常 · 结构版本 {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="125" />
        <location filename="../../src/unionstation/ui/controller.py" line="133" />
        <source>Database damaged</source>
        <translation>数据库损坏</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="126" />
        <source>The integrity check failed and there is no backup. The data is shown read-only; copy the folder {0} and ask for help.</source>
        <translation>数据库完整性检查未通过,且没有可用的备份。数据以只读方式显示;请复制数据文件夹 {0} 并联系技术人员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="134" />
        <source>The integrity check failed; the data is shown read-only. Restore the latest backup ({0})? The damaged file is kept as a backup too.</source>
        <translation>数据库完整性检查未通过,数据以只读方式显示。是否从最近的备份({0})恢复?损坏的文件也会另存为备份。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="153" />
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="158" />
        <source>Database not opened</source>
        <translation>数据库未能打开</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="168" />
        <location filename="../../src/unionstation/ui/controller.py" line="172" />
        <source>UnionStation</source>
        <translation>工会会员管理站</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="173" />
        <source>Sorry, something went wrong that should not have. Nothing was lost; the details are in {0}.</source>
        <translation>抱歉,程序出现了意外错误。数据没有丢失;详细信息已记录在 {0}。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="31" />
        <source>Set up this station</source>
        <translation>首次设置工会站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="34" />
        <source>This data folder has no station yet. Enter the township or street federation that will use it.</source>
        <translation>此数据文件夹还没有工会站点。请填写使用本程序的乡镇(街道)总工会。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="41" />
        <source>e.g. Xihu Street Federation of Trade Unions</source>
        <translation>例如:西湖街道总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="44" />
        <source>9 or 12 digits, e.g. 330106001</source>
        <translation>9位或12位,例如 330106001</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="55" />
        <source>Station name</source>
        <translation>总工会名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="56" />
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="57" />
        <source>County federation</source>
        <translation>县(区)总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="58" />
        <source>Your name</source>
        <translation>操作员姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="79" />
        <source>Enter the station's full name.</source>
        <translation>请填写总工会全称。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="82" />
        <source>Enter the administrative division code.</source>
        <translation>请填写行政区划代码。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="88" />
        <source>Enter your name; it signs every change you make.</source>
        <translation>请填写您的姓名;您所做的每项修改都会署上此姓名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="28" />
        <source>UnionStation</source>
        <translation>工会会员管理站</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="60" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="86" />
        <source>UnionStation — {0}</source>
        <translation>工会会员管理站 — {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="87" />
        <source>Station: {0} ({1})</source>
        <translation>站点:{0}({1})</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="88" />
        <source>Officer: {0}</source>
        <translation>操作员:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="89" />
        <source>Active members: {0}</source>
        <translation>在册会员 {0} 名</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../src/unionstation/ui/operations.py" line="123" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="14" />
        <source>Members</source>
        <translation>会员管理</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="15" />
        <source>Registration, enrollment drives, the register and transfers.</source>
        <translation>会员实名登记、集中入会、会员名册查询与会员关系接转。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="16" />
        <source>Workers' homes</source>
        <translation>职工之家</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="17" />
        <source>Workers' homes, reading rooms, rest stops and their equipment.</source>
        <translation>职工之家、职工书屋、母婴关爱室、户外劳动者服务站点及其设施设备台账。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="18" />
        <source>Hardship aid</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="19" />
        <source>Households in hardship, visits and money handed over.</source>
        <translation>困难职工建档、走访慰问及每一笔帮扶资金的发放记录。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="21" />
        <source>Changes sent to the county by USB stick or network; receipts.</source>
        <translation>通过U盘或网络向县总工会报送数据变更,查看回执。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="20" />
        <source>Reporting</source>
        <translation>数据报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="22" />
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="23" />
        <source>Figures on members, venues and hardship aid for the county.</source>
        <translation>会员、阵地和帮扶工作的统计报表。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="24" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="25" />
        <source>The station's details, officers, printing and reporting.</source>
        <translation>站点信息、操作员、打印与报送设置。</translation>
    </message>
</context>
</TS>