<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="80" />
        <source>Database damaged: read-only</source>
        <translation>数据库损坏:只读打开</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="84" />
        <source>Database OK · schema {0}</source>
        <translation>数据库正常 · 结构版本 {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="189" />
        <source>Database not opened</source>
        <translation>数据库未能打开</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="195" />
        <source>UnionStation</source>
        <translation>工会会员管理站</translation>
    </message>
</context>
<context>
    <name>CardRuleDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/members/card_rule_dialog.py" line="33" />
        <source>Card number rule</source>
        <translation>会员证号规则</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/card_rule_dialog.py" line="36" />
        <source>A card number is the prefix followed by a running number. Numbers already given out do not change.</source>
        <translation>会员证号由前缀加流水号组成。已发放的证号不会改变。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/card_rule_dialog.py" line="42" />
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/card_rule_dialog.py" line="43" />
        <source>Use the station's division code as the prefix</source>
        <translation>用本站的行政区划代码作前缀</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/card_rule_dialog.py" line="59" />
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/card_rule_dialog.py" line="60" />
        <source>Digits of the running number</source>
        <translation>流水号位数</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/card_rule_dialog.py" line="61" />
        <source>Next card number</source>
        <translation>下一个会员证号</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="57" />
        <source>Case</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="58" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="59" />
        <source>Stations</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="60" />
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="63" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="66" />
        <source>Cases to resolve</source>
        <translation>待核对的情况</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="69" />
        <source>Records are never overwritten: each case stays here until the stations put their records right.</source>
        <translation>记录不会被覆盖:各情况留在这里,直到有关站点更正记录。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="81" />
        <source>Active at two stations</source>
        <translation>在两个站点同时在册</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="83" />
        <source>Transferred out, no transfer in</source>
        <translation>有转出,无对应转入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="85" />
        <source>Changed from an older version</source>
        <translation>在旧版本上修改</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="86" />
        <source>Transferred in, no transfer out</source>
        <translation>有转入,无对应转出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="98" />
        <source>{0} case(s)</source>
        <translation>共 {0} 项待核对</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="99" />
        <source>No cases: no person is recorded twice.</source>
        <translation>没有待核对的情况:没有人被重复登记。</translation>
    </message>
</context>
<context>
    <name>CountyContext</name>
    <message>
        <location filename="../../src/unionstation/ui/county/context.py" line="22" />
        <source>UnionStation county</source>
        <translation>UnionStation 县总工会</translation>
    </message>
</context>
<context>
    <name>CountyController</name>
    <message>
        <location filename="../../src/unionstation/ui/county/controller.py" line="79" />
        <source>County database not opened</source>
        <translation>县总工会数据库未能打开</translation>
    </message>
</context>
<context>
    <name>CountyMembersPage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="182" />
        <source>Search by name, pinyin initials or ID number</source>
        <translation>按姓名、拼音首字母或身份证号查找</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="186" />
        <location filename="../../src/unionstation/ui/county/views.py" line="225" />
        <source>All stations</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="196" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="197" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="198" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="199" />
        <source>Status</source>
        <translation>会员状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="200" />
        <source>Grassroots union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="201" />
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="210" />
        <source>Members of all stations</source>
        <translation>各站点会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="243" />
        <source>{0} members; the first {1} are shown. Narrow the search to see others.</source>
        <translation>共 {0} 名会员,显示前 {1} 名。请缩小查找范围查看其他会员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="247" />
        <source>{0} members</source>
        <translation>{0} 名会员</translation>
    </message>
</context>
<context>
    <name>CountyUploader</name>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="88" />
        <source>County: not enrolled</source>
        <translation>县总工会:尚未登记</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="90" />
        <source>County: USB only · {0} waiting</source>
        <translation>县总工会:仅U盘报送 · {0} 条待报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="92" />
        <source>County: online · {0} waiting</source>
        <translation>县总工会:在线 · {0} 条待报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="94" />
        <source>County: offline · {0} waiting</source>
        <translation>县总工会:离线 · {0} 条待报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="96" />
        <source>County: not accepted · {0} waiting</source>
        <translation>县总工会:未接收 · {0} 条待报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="103" />
        <source>Next try at {0}.</source>
        <translation>将于 {0} 再试。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="292" />
        <source>The county server does not answer. The changes stay waiting; they can also go by USB stick.</source>
        <translation>县总工会服务器没有应答。变更仍在待报送中,也可以用U盘报送。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="346" />
        <source>Nothing waits to be sent.</source>
        <translation>没有待报送的变更。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="362" />
        <source>The county refused the batch: {0}</source>
        <translation>县总工会拒收了报送批次:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="368" />
        <source>The upload failed unexpectedly; the details are in the log.</source>
        <translation>上传意外失败,详细情况已写入日志。</translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="17" />
        <source>UnionStation — county</source>
        <translation>UnionStation — 县总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="19" />
        <source>Stations</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="20" />
        <source>Intake</source>
        <translation>批次导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="21" />
        <source>Cases</source>
        <translation>待核对情况</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="22" />
        <source>Figures</source>
        <translation>统计数字</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="23" />
        <source>All members</source>
        <translation>全县会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="31" />
        <source>Opening the county's database…</source>
        <translation>正在打开县总工会数据库…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="39" />
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="48" />
        <source>UnionStation — {0} (county)</source>
        <translation>UnionStation — {0}(县总工会)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="49" />
        <source>County federation: {0} ({1})</source>
        <translation>县总工会:{0}({1})</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="54" />
        <source>Stations: {0}</source>
        <translation>站点:{0} 个</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/unionstation/ui/crash.py" line="19" />
        <source>Sorry, something went wrong. Saved work is safe; details are in {0}.</source>
        <translation>抱歉,程序出现了意外错误。已保存的数据是安全的;详细信息记录在 {0}。</translation>
    </message>
</context>
<context>
    <name>DriveChooser</name>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="46" />
        <source>Enrollment drive</source>
        <translation>集中入会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="46" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="55" />
        <source>e.g. logistics park meeting room</source>
        <translation>例如:物流园区会议室</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="60" />
        <source>Start entering</source>
        <translation>开始录入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="68" />
        <source>New drive</source>
        <translation>新建一场</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="70" />
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="83" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="72" />
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="84" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="74" />
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="85" />
        <source>Grassroots union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="76" />
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="87" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="86" />
        <source>Enrolled</source>
        <translation>入会人数</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="91" />
        <source>Continue this drive</source>
        <translation>继续录入这一场</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="94" />
        <source>No drives yet.</source>
        <translation>还没有集中入会记录。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="97" />
        <source>Recent drives</source>
        <translation>最近的集中入会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="132" />
        <source>Add a grassroots union first (Members → Grassroots unions).</source>
        <translation>请先新增基层工会(会员管理 → 基层工会)。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="145" />
        <source>Choose the grassroots union the workers join.</source>
        <translation>请选择职工加入的基层工会。</translation>
    </message>
</context>
<context>
    <name>DriveEntry</name>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="83" />
        <source>Other drive</source>
        <translation>换一场</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="86" />
        <source>Print cards</source>
        <translation>打印会员证</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="90" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="107" />
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="120" />
        <source>number or name</source>
        <translation>序号或名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="123" />
        <source>Enroll (Enter)</source>
        <translation>登记(回车)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="133" />
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="158" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="134" />
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="160" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="135" />
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="161" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="136" />
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="162" />
        <source>Group</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="147" />
        <source>Keep the group for the next person</source>
        <translation>下一人沿用此人员类别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="150" />
        <source>Enter saves · Esc clears the row (on an empty row: back)</source>
        <translation>回车保存 · Esc 清空本行(空行时返回)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="159" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="164" />
        <source>Card no.</source>
        <translation>会员证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="219" />
        <source>Enrolled: {0}</source>
        <translation>本场已登记:{0} 人</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="272" />
        <source>Enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="288" />
        <source>Unknown group: type its number (1–9) or name.</source>
        <translation>没有这个人员类别:请输入序号(1–9)或名称。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="297" />
        <source>Already a member: {0} ({1})</source>
        <translation>已是会员:{0}({1})</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="309" />
        <source>Possible duplicate: {0} ({1}, {2}, {3}). Press Enter again to enroll anyway.</source>
        <translation>可能重复:{0}({1},{2},{3})。确认不是同一人,请再按一次回车登记。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_entry.py" line="343" />
        <source>Enrolled {0}, card no. {1}</source>
        <translation>已登记 {0},会员证号 {1}</translation>
    </message>
</context>
<context>
    <name>DriveView</name>
    <message>
        <location filename="../../src/unionstation/ui/members/drive.py" line="62" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>EnrolStationDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="48" />
        <source>Enrol station</source>
        <translation>登记站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="51" />
        <source>e.g. 330106001 (division code)</source>
        <translation>例如 330106001(行政区划代码)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="54" />
        <source>e.g. Xihu Street Federation of Trade Unions</source>
        <translation>例如:西湖街道总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="62" />
        <source>Station code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="63" />
        <source>Station name</source>
        <translation>总工会名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="65" />
        <source>The county issues the station an enrolment file with its code and the county's keys.</source>
        <translation>县总工会为站点签发登记文件,内含站点代码和县总工会密钥。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="75" />
        <source>Enter the station's code and name.</source>
        <translation>请填写站点代码和名称。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/unionstation/ui/dialogs.py" line="94" />
        <source>The file could not be read or written: {0}</source>
        <translation>无法读写文件:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/dialogs.py" line="98" />
        <source>Sorry, something went wrong that should not have. Nothing was lost; the details are in {0}.</source>
        <translation>抱歉,程序出现了意外错误。数据没有丢失;详细信息已记录在 {0}。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="45" />
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="114" />
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="125" />
        <source>Export</source>
        <extracomment>A file was written (its path); for tests and for views that want to know.</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="46" />
        <source>Member ledger of the current list (Excel)…</source>
        <translation>当前列表的会员台账(Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="50" />
        <source>Blank import template (Excel)…</source>
        <translation>空白会员导入模板(Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="59" />
        <source>Export member ledger</source>
        <translation>导出会员台账</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="59" />
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="97" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="60" />
        <source>{0} member ledger {1}.xlsx</source>
        <translation>{0}会员台账{1}.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="64" />
        <source>ID numbers in the ledger</source>
        <translation>台账中的身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="65" />
        <source>Write the full ID numbers into the ledger?

Choose No to write them masked (330106********1234), which is enough for most purposes. A ledger with full numbers holds personal data: keep it safe. Either choice is recorded in the audit log.</source>
        <translation>是否在台账中写入完整的身份证号?

选择“否”将写入遮蔽后的号码(330106********1234),一般用途已经足够。含完整号码的台账包含个人信息,请妥善保管。无论如何选择,都会记入操作日志。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="70" />
        <source>Writing member {0} of {1}…</source>
        <translation>正在写入第 {0} 名会员,共 {1} 名…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="85" />
        <source>with full ID numbers</source>
        <translation>含完整身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="86" />
        <source>with masked ID numbers</source>
        <translation>身份证号已遮蔽</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="87" />
        <source>Member ledger exported</source>
        <translation>会员台账已导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="88" />
        <source>%n member(s) written, {0}, to
{1}</source>
        <translation>
            <numerusform>已导出 %n 名会员({0}),文件保存在:
{1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="92" />
        <source>Exporting the member ledger…</source>
        <translation>正在导出会员台账…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="97" />
        <source>Save blank import template</source>
        <translation>保存空白导入模板</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="98" />
        <source>{0} member import template.xlsx</source>
        <translation>{0}会员信息导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="105" />
        <source>Import template saved</source>
        <translation>导入模板已保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="106" />
        <source>The blank import template was written to
{0}</source>
        <translation>空白导入模板已保存到:
{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="110" />
        <source>Writing the import template…</source>
        <translation>正在写入导入模板…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="126" />
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消,没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="130" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="131" />
        <source>Station name</source>
        <translation>总工会名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="133" />
        <source>Members</source>
        <translation>在册会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="134" />
        <source>New this year</source>
        <translation>本年新入会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="135" />
        <source>Migrant workers</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="137" />
        <source>Priority groups</source>
        <translation>八大群体</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="142" />
        <source>Figures</source>
        <translation>统计数字</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="144" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="152" />
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="43" />
        <source>Choose the roster</source>
        <translation>选择花名册</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="44" />
        <source>An Excel (.xlsx, .xls) or CSV file with one member a row.</source>
        <translation>Excel(.xlsx、.xls)或 CSV 文件,每行一名会员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="45" />
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="46" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="55" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="56" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="32" />
        <source>Set up this station</source>
        <translation>首次设置工会站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="35" />
        <source>This data folder has no station yet. Enter the township or street federation that will use it.</source>
        <translation>此数据文件夹还没有工会站点。请填写使用本程序的乡镇(街道)总工会。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="42" />
        <source>e.g. Xihu Street Federation of Trade Unions</source>
        <translation>例如:西湖街道总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="45" />
        <source>9 or 12 digits, e.g. 330106001</source>
        <translation>9位或12位,例如 330106001</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="53" />
        <source>Station name</source>
        <translation>总工会名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="54" />
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="55" />
        <source>County federation</source>
        <translation>县(区)总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="56" />
        <source>Your name</source>
        <translation>操作员姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="77" />
        <source>Enter the station's full name.</source>
        <translation>请填写总工会全称。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="80" />
        <source>Enter the administrative division code.</source>
        <translation>请填写行政区划代码。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="86" />
        <source>Enter your name; it signs every change you make.</source>
        <translation>请填写您的姓名;您所做的每项修改都会署上此姓名。</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../src/unionstation/ui/members/form_history.py" line="15" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_history.py" line="15" />
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_history.py" line="15" />
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="50" />
        <source>Import a member roster</source>
        <translation>导入会员花名册</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="65" />
        <source>Choose the roster</source>
        <translation>选择花名册</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="65" />
        <source>Spreadsheets (%1)</source>
        <translation>表格文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="76" />
        <source>Reading the roster…</source>
        <translation>正在读取花名册…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="84" />
        <source>Cannot read the roster</source>
        <translation>无法读取花名册</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="120" />
        <source>(as detected)</source>
        <translation>(自动识别)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="147" />
        <source>Cannot save the mapping</source>
        <translation>无法保存列对应</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="149" />
        <source>Mapping saved</source>
        <translation>列对应已保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="150" />
        <source>It will be offered for sheets with the same headers.</source>
        <translation>以后导入表头相同的表格时会自动提供。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="167" />
        <source>Cannot preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="192" />
        <source>Importing the roster…</source>
        <translation>正在导入花名册…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="209" />
        <source>%1 rows: %2 imported, %3 updated, %4 skipped, %5 not imported, %6 with warnings.</source>
        <translation>共 %1 行:导入 %2 行,更新 %3 行,跳过 %4 行,未导入 %5 行,有提示 %6 行。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="215" />
        <source>Some rows are not good, so nothing was imported.</source>
        <translation>有的行有错误,按“全部无误才导入”,本次没有导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="217" />
        <source>A copy of the data as it was before the import was saved in %1.</source>
        <translation>导入前的数据已另存一份备份:%1。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="228" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="234" />
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消:没有导入任何数据。</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="127" />
        <source>Intake of batch files</source>
        <translation>导入报送批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="129" />
        <source>Import the batch files (*.usb) the stations bring on a USB stick. Each file is checked before anything changes; a file imported twice changes nothing. A receipt is written for each batch: give it back to the station.</source>
        <translation>导入各站点用U盘送来的报送批次文件(*.usb)。每个文件先校验再入库;重复导入不会改变任何数据。每个批次生成一份回执,请交回该站点。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="133" />
        <source>Import a folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="136" />
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="147" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="149" />
        <source>Beside the batch files</source>
        <translation>放在批次文件旁</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="161" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="162" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="163" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="167" />
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="169" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="170" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="171" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="172" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="175" />
        <source>No alerts: no batch has been refused.</source>
        <translation>没有警示:没有批次被拒收。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="215" />
        <source>Applied</source>
        <translation>已入库</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="93" />
        <source>The file could not be read: {0}</source>
        <translation>无法读取文件:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="203" />
        <source>a parked batch of station {0}</source>
        <translation>站点 {0} 的一个暂存批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="209" />
        <source>Parked earlier, applied now</source>
        <translation>先前暂存,现已入库</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="211" />
        <source>Parked earlier, already imported</source>
        <translation>先前暂存,此前已导入过</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="213" />
        <source>Parked earlier, refused now</source>
        <translation>先前暂存,现被拒收</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="217" />
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="219" />
        <source>Parked: an earlier batch is missing</source>
        <translation>暂存:缺少更早的批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="220" />
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="224" />
        <source>Let through by {0}</source>
        <translation>因导入 {0} 而放行</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="230" />
        <source>Unknown station</source>
        <translation>未登记的站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="231" />
        <source>Key not registered</source>
        <translation>密钥未登记</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="232" />
        <source>Revoked key</source>
        <translation>密钥已吊销</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="233" />
        <source>Bad signature</source>
        <translation>签名不符</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="234" />
        <source>Damaged file</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="235" />
        <source>File too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="236" />
        <source>Made for another county</source>
        <translation>发给其他县的批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="237" />
        <source>Same changes, different content</source>
        <translation>同一变更内容不同</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="238" />
        <source>Checksum does not match</source>
        <translation>校验值不符</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="261" />
        <source>Receipts go to: {0}</source>
        <translation>回执存放:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="262" />
        <source>Receipts go to: the folder of each batch file (back onto the stick)</source>
        <translation>回执存放:各批次文件所在文件夹(写回U盘)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="267" />
        <source>Write the receipts to</source>
        <translation>回执写入到</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="272" />
        <source>Import the batch files in</source>
        <translation>导入此文件夹中的报送批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="278" />
        <source>Import batch files</source>
        <translation>导入报送批次文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="278" />
        <source>Batch files (*.usb);;All files (*)</source>
        <translation>报送批次文件 (*.usb);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="284" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="286" />
        <source>Importing batch files…</source>
        <translation>正在导入报送批次…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="299" />
        <source>No batch files (*.usb) were found there.</source>
        <translation>那里没有报送批次文件(*.usb)。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="301" />
        <source>Applied: {0} · Already imported: {1} · Parked: {2} · Refused: {3}</source>
        <translation>入库:{0} · 已导入过:{1} · 暂存:{2} · 拒收:{3}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="307" />
        <source>Parked batches these files let through: applied {0} · already imported {1} · refused {2}</source>
        <translation>这些文件放行的暂存批次:入库 {0} · 已导入过 {1} · 拒收 {2}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="313" />
        <source>{0} receipt(s) written to {1}</source>
        <translation>已写入 {0} 份回执到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="316" />
        <source>Stopped before the last files; import again to go on.</source>
        <translation>已在最后几个文件之前停止;再次导入即可继续。</translation>
    </message>
</context>
<context>
    <name>IssuesBox</name>
    <message>
        <location filename="../../src/unionstation/ui/sync/issues.py" line="40" />
        <source>What the county said about records</source>
        <translation>县总工会对记录的反馈</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/issues.py" line="42" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/issues.py" line="43" />
        <source>Answer</source>
        <translation>县总工会答复</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/issues.py" line="44" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/issues.py" line="45" />
        <source>Change no.</source>
        <translation>变更序号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/issues.py" line="46" />
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/issues.py" line="51" />
        <source>The county has reported no problem with this station's records.</source>
        <translation>县总工会没有反馈本站记录有问题。</translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <location filename="../../src/unionstation/ui/members/form_lifecycle.py" line="63" />
        <source>Change membership status</source>
        <translation>会员状态变更</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_lifecycle.py" line="78" />
        <source>The status is now “{status}”.</source>
        <translation>会员状态已改为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_lifecycle.py" line="88" />
        <source>Transfer membership</source>
        <translation>会员关系转接</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_lifecycle.py" line="103" />
        <source>Choose the grassroots union to move to.</source>
        <translation>请选择转入的基层工会。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_lifecycle.py" line="107" />
        <source>Moved to “{union}”.</source>
        <translation>已转至“{union}”。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_lifecycle.py" line="111" />
        <source>Transferred out of the station to “{union}”.</source>
        <translation>已转出本站,转往“{union}”。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_lifecycle.py" line="126" />
        <source>Delete this record</source>
        <translation>删除此记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_lifecycle.py" line="128" />
        <source>Only for a record entered by mistake (a duplicate, the wrong person); a member who leaves gets a status change instead. Why is it deleted?</source>
        <translation>仅用于误录的记录(重复录入、录错了人);会员退会请改用“变更状态”。删除原因:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="19" />
        <source>UnionStation</source>
        <translation>工会会员管理站</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="26" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="42" />
        <source>UnionStation — {0}</source>
        <translation>工会会员管理站 — {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="43" />
        <source>Station: {0} ({1})</source>
        <translation>站点:{0}({1})</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="44" />
        <source>Officer: {0}</source>
        <translation>操作员:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="47" />
        <source>Active members: {0}</source>
        <translation>在册会员 {0} 名</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="69" />
        <source>Check the columns</source>
        <translation>核对列</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="70" />
        <source>The header row and the field each column goes to. Columns set to “Ignore” are not imported.</source>
        <translation>表头所在行,以及每一列导入为哪一项。设为“不导入”的列不会导入。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="78" />
        <source>Name for this mapping</source>
        <translation>为此列对应方案命名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="79" />
        <source>Save mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="83" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="83" />
        <source>Header in the sheet</source>
        <translation>表中列名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="83" />
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="91" />
        <source>Header row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="92" />
        <source>Saved mappings</source>
        <translation>已保存的列对应</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="109" />
        <source>Ignore</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>MemberDetailPane</name>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="33" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="34" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="35" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="36" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="37" />
        <source>Grassroots union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="38" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="39" />
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="40" />
        <source>Card number</source>
        <translation>会员证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="41" />
        <source>Status</source>
        <translation>会员状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="42" />
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="43" />
        <source>Priority group</source>
        <translation>八大群体</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="44" />
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="45" />
        <source>Model worker</source>
        <translation>劳模</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="71" />
        <source>Open</source>
        <extracomment>The county's answers about a member (set once sync is wired in): red lines. A database query, so it runs on the worker; the lines show when it answers.</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="72" />
        <source>Open this member's registration form</source>
        <translation>打开该会员的登记表</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="94" />
        <source>History (newest first)</source>
        <translation>会员履历（最新在前）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="127" />
        <source>Select a member to see the details and history here.</source>
        <translation>选择一名会员，在此查看其信息和履历。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="151" />
        <source>No history yet.</source>
        <translation>暂无记录。</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="58" />
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="59" />
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="64" />
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="74" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="74" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="76" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="77" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="78" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="79" />
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="80" />
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="81" />
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="82" />
        <source>Household registration</source>
        <translation>户籍所在地</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="83" />
        <source>Household kind</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="85" />
        <source>Work</source>
        <translation>工作信息</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="95" />
        <source>Not in a priority group</source>
        <translation>不属于八大群体</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="96" />
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="99" />
        <source>Grassroots union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="100" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="101" />
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="102" />
        <source>Professional title</source>
        <translation>职称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="103" />
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="104" />
        <source>Worker group</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="107" />
        <source>Contact</source>
        <translation>联系人及电话</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="110" />
        <source>Mobile, or landline with area code</source>
        <translation>手机号,或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="113" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="115" />
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="117" />
        <source>Membership</source>
        <translation>入会信息</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="125" />
        <source>Only for a member transferred in from a union elsewhere</source>
        <translation>仅由外单位工会转入的会员填写</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="126" />
        <source>Same as joining date</source>
        <translation>同入会日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="130" />
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="131" />
        <source>Card number</source>
        <translation>会员证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="132" />
        <source>Transferred in from</source>
        <translation>转入前所在工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="133" />
        <source>Consent to personal data given on</source>
        <translation>个人信息同意日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="134" />
        <source>Consent given by</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="136" />
        <source>Model worker</source>
        <translation>劳模</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="139" />
        <source>Not a model worker</source>
        <translation>非劳模</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="144" />
        <source>e.g. Zhejiang Provincial Model Worker</source>
        <translation>如:浙江省劳动模范</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="146" />
        <source>Level</source>
        <translation>劳模级别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="147" />
        <source>Year awarded</source>
        <translation>授予年份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="148" />
        <source>Title</source>
        <translation>劳模称号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="149" />
        <source>Awarded by</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_fields.py" line="151" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="59" />
        <source>Change status…</source>
        <translation>状态变更…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="61" />
        <source>Transfer…</source>
        <translation>转接…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="63" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="65" />
        <source>Delete a record entered by mistake</source>
        <translation>删除误录的记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="66" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="70" />
        <location filename="../../src/unionstation/ui/members/form.py" line="158" />
        <source>New member</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="72" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="74" />
        <source>Back to the register (Esc)</source>
        <translation>返回会员名册(Esc)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="75" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="77" />
        <source>Save (Ctrl+S)</source>
        <translation>保存(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="86" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="90" />
        <source>History</source>
        <translation>会员记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="156" />
        <source>{number} (given on saving)</source>
        <translation>{number}(保存时分配)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="160" />
        <source>Fill in the registration sheet; Ctrl+S saves, Esc goes back.</source>
        <translation>请按会员登记表填写;Ctrl+S 保存,Esc 返回。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="173" />
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="179" />
        <source>Use “Transfer…” to move the member to another grassroots union.</source>
        <translation>更换所属基层工会请用“转接…”。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="196" />
        <source>Member: {name}</source>
        <translation>会员:{name}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="197" />
        <source>Status: {status} · Card number: {card}</source>
        <translation>状态:{status} · 会员证号:{card}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="222" />
        <source>Add a grassroots union first (Grassroots unions, on the register page), then choose it here.</source>
        <translation>请先在会员名册页的“基层工会”中添加基层工会,再在这里选择。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="233" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="248" />
        <source>Not saved: check whether this person is already a member.</source>
        <translation>未保存:请先核实此人是否已是会员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="254" />
        <source>{name} is enrolled; card number {card}.</source>
        <translation>{name} 已登记入会,会员证号 {card}。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="259" />
        <source>This ID number is already registered to {name} (card number {card}, status “{status}”). A person is enrolled only once.</source>
        <translation>该身份证号已登记在会员“{name}”名下(会员证号 {card},状态“{status}”),同一人只能登记一次。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="265" />
        <source>Open that member's record?</source>
        <translation>是否打开该会员的登记表?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="266" />
        <source>Already a member</source>
        <translation>已是会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="282" />
        <source>• {name}, {id_number}, {union}, {status} ({reason})</source>
        <translation>• {name},{id_number},{union},{status}({reason})</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="286" />
        <source>Members born on {born} with a similar name:
{lines}

Is {name} a different person? Choose Yes to enroll anyway.</source>
        <translation>出生日期同为 {born}、姓名相近的会员:
{lines}

{name} 是否为另一个人?选“是”继续登记。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="289" />
        <source>Possible duplicate</source>
        <translation>可能重复登记</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="303" />
        <source>The photo changes when you save.</source>
        <translation>照片将在保存后更换。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="311" />
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="312" />
        <source>What you typed on this sheet has not been saved. Leave it anyway?</source>
        <translation>登记表中填写的内容尚未保存,确定离开吗?</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="52" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="53" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="54" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="55" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="56" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="57" />
        <source>Grassroots union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="58" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="59" />
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="60" />
        <source>Priority group</source>
        <translation>八大群体</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="61" />
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="62" />
        <source>Model worker</source>
        <translation>劳模</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="63" />
        <source>Card number</source>
        <translation>会员证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="64" />
        <source>Status</source>
        <translation>会员状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="65" />
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
</context>
<context>
    <name>MemberValue</name>
    <message>
        <location filename="../../src/unionstation/ui/members/cell_text.py" line="12" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/cell_text.py" line="13" />
        <source>No</source>
        <translation>否</translation>
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
<context>
    <name>PhotoBox</name>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="35" />
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="37" />
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="57" />
        <source>Photo
(one inch)</source>
        <translation>照片
(一寸)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="61" />
        <source>Photo file is missing</source>
        <translation>照片文件缺失</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="73" />
        <source>Choose the member's photo</source>
        <translation>选择会员照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="74" />
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="82" />
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="104" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="83" />
        <source>{name} is not a picture that can be read (JPG, PNG or BMP).</source>
        <translation>{name} 不是可识别的图片(支持JPG、PNG、BMP)。</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/members/photo_crop.py" line="186" />
        <source>Crop the photo</source>
        <translation>裁剪照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/photo_crop.py" line="187" />
        <source>Drag the frame to move it; drag a corner or turn the mouse wheel to resize it (arrow keys and +/− work too). The photo is cut to one inch, 25×35 mm.</source>
        <translation>拖动方框可移动位置;拖动四角或滚动鼠标滚轮可调整大小(也可用方向键和 +/− 键)。照片按一寸(25×35毫米)裁剪。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="136" />
        <source>Preview and choose</source>
        <translation>预览与选项</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="137" />
        <source>The first rows as they will be stored. Red rows will not be imported; yellow rows have a warning.</source>
        <translation>前几行将按如下内容登记。红色行不会导入;黄色行有提示。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="141" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="141" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="141" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="141" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="142" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="142" />
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="142" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="148" />
        <source>Skip members already in the station</source>
        <translation>本站已有的会员:跳过</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="150" />
        <source>Update members already in the station (filled cells only)</source>
        <translation>本站已有的会员:更新(只更新表中填写了的项)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="152" />
        <source>Import only if every row is good</source>
        <translation>全部无误才导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="156" />
        <source>Union for rows without one</source>
        <translation>未填所属工会的行归入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="164" />
        <source>(none)</source>
        <translation>(不指定)</translation>
    </message>
</context>
<context>
    <name>PreviewSession</name>
    <message>
        <location filename="../../src/unionstation/ui/printing/session.py" line="74" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/session.py" line="81" />
        <source>Printing {0}…</source>
        <translation>正在打印{0}…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/session.py" line="86" />
        <source>Sent {0} pages to the printer.</source>
        <translation>已向打印机发送 {0} 页。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/session.py" line="106" />
        <source>Offset saved for {0}.</source>
        <translation>已保存打印机“{0}”的偏移量。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/session.py" line="112" />
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/session.py" line="112" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/session.py" line="123" />
        <source>Saved {0}.</source>
        <translation>已保存到 {0}。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/session.py" line="144" />
        <source>Preparing {0}…</source>
        <translation>正在生成{0}…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/session.py" line="162" />
        <source>{0} pages, font {1}.</source>
        <translation>共 {0} 页，字体：{1}。</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="90" />
        <source>Print</source>
        <extracomment>Render with a cancellable progress dialog from this many members on. A preview came up (its `PreviewSession`); for tests and for views that want to know.</extracomment>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="92" />
        <source>Application form</source>
        <translation>入会申请书</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="93" />
        <source>Registration sheet</source>
        <translation>会员登记表</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="94" />
        <source>Membership card</source>
        <translation>会员证</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="95" />
        <source>Membership certificate</source>
        <translation>入会纪念证书</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="96" />
        <source>Transfer letter</source>
        <translation>会员组织关系接转介绍信</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="103" />
        <source>Calibrate printing on pre-printed forms…</source>
        <translation>套打校准…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="128" />
        <source>Nobody there gets a membership card yet.</source>
        <translation>这里还没有可以发放会员证的会员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="184" />
        <source>Preparing {0}…</source>
        <translation>正在生成{0}…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="202" />
        <location filename="../../src/unionstation/ui/printing/actions.py" line="205" />
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="206" />
        <source>Choose the members to print for first.</source>
        <translation>请先选择要打印的会员。</translation>
    </message>
</context>
<context>
    <name>PrintOutput</name>
    <message>
        <location filename="../../src/unionstation/ui/printing/printer.py" line="71" />
        <source>Could not read the file to print: {0}</source>
        <extracomment>Rasterise at no more than this: 300 dpi is what office printers resolve, and an A4 page at 1200 dpi would be a 560 MB image.</extracomment>
        <translation>无法读取待打印的文件：{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/printer.py" line="83" />
        <source>The printer “{0}” could not start printing. Check that it is connected and switched on.</source>
        <translation>打印机“{0}”无法开始打印。请检查打印机是否已连接并开机。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/printer.py" line="131" />
        <source>Could not save {0}: {1}</source>
        <translation>无法保存 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="41" />
        <source>Print preview: {0}</source>
        <translation>打印预览：{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="51" />
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="55" />
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="58" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="62" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="65" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="77" />
        <source>Fill in a pre-printed form (prints only the data)</source>
        <translation>套打（在印好的表格上只打印填写内容）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="81" />
        <source>A4 sheets of cards with crop marks (duplex)</source>
        <translation>A4 整版会员证（带裁切线，双面打印）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="82" />
        <source>One card per page (card printer)</source>
        <translation>每页一张（证卡打印机）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="88" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="91" />
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="93" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="203" />
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
</context>
<context>
    <name>PrinterOffsetDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/printing/calibration.py" line="38" />
        <source>Printer offset for pre-printed forms</source>
        <translation>套打偏移量</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/calibration.py" line="52" />
        <source>On the calibration page, read off the grid how far the printing must move to sit on the form: x to the right, y down, in millimetres. Use negative numbers to move it left or up. Everything printed on this printer is then shifted by it.</source>
        <translation>请在打印出的校准页上，从网格读出打印内容需要移动多少毫米才能对准表格：x 向右，y 向下；向左或向上移动请填负数。以后在这台打印机上打印的内容都会按此偏移。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/calibration.py" line="58" />
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/calibration.py" line="59" />
        <source>Move right (x)</source>
        <translation>向右移动（x）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/calibration.py" line="60" />
        <source>Move down (y)</source>
        <translation>向下移动（y）</translation>
    </message>
</context>
<context>
    <name>RecoveryFlow</name>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="59" />
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="113" />
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="124" />
        <source>Recovery</source>
        <translation>恢复数据</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="62" />
        <source>Database damaged: recovery needed</source>
        <translation>数据库已损坏:需要恢复</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="74" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="75" />
        <source>Put the backup {0} back? Work done after it was taken is lost; the damaged file is kept in the folder damaged/.</source>
        <translation>要恢复备份 {0} 吗?备份之后录入的内容会丢失;损坏的文件保留在 damaged/ 文件夹里。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="86" />
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="97" />
        <source>Salvaging…</source>
        <translation>正在抢救…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="37" />
        <source>Details: {0}</source>
        <translation>详情:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="41" />
        <source>Whatever you choose, the damaged file is moved to the folder {0} and never deleted or overwritten.</source>
        <translation>无论选择哪一种,损坏的文件都会移到文件夹 {0},不会被删除或覆盖。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="48" />
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="48" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="48" />
        <source>Active members</source>
        <translation>在册会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="48" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="54" />
        <source>There is no backup of this station.</source>
        <translation>本站还没有任何备份。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="58" />
        <source>Restore the selected backup</source>
        <translation>恢复选中的备份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="62" />
        <source>Salvage what can be read…</source>
        <translation>抢救能读出的数据…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="70" />
        <source>Restore puts the selected backup back: work done after it was taken is lost. Salvage reads every record that can still be read from the damaged file into a new, checked database, and adds what is newer than the selected backup to it.</source>
        <translation>恢复:把选中的备份放回原处,备份之后录入的内容会丢失。抢救:从损坏的文件里读出所有还能读的记录,写入一个新的、经过检查的数据库,并把比选中备份更新的内容补进去。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="83" />
        <source>The station's database cannot be opened</source>
        <translation>本站的数据库无法打开</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="86" />
        <source>Backups, newest first</source>
        <translation>备份(新的在前)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="95" />
        <source>The database file is missing, but this folder holds this station's keys or backups.</source>
        <translation>数据库文件不见了,但这个文件夹里有本站的密钥或备份。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="97" />
        <source>The database file is empty (0 bytes): it holds no data.</source>
        <translation>数据库文件是空的(0 字节),里面没有任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="98" />
        <source>The database file is not a UnionStation database: another file took its place.</source>
        <translation>数据库文件不是 UnionStation 的数据库:被别的文件替换了。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="100" />
        <source>The database file is damaged (a failing disk, a power cut or a copy broken off).</source>
        <translation>数据库文件已损坏(硬盘故障、突然断电或复制中断)。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="107" />
        <source>hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="107" />
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="107" />
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="108" />
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="108" />
        <source>enrollment drive</source>
        <translation>集中入会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="109" />
        <source>at close</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="109" />
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="110" />
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="111" />
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="43" />
        <source>New member</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="46" />
        <source>Enrollment drive</source>
        <translation>集中入会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="47" />
        <source>Grassroots unions</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="48" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="50" />
        <source>Print forms or cards for the selected members</source>
        <translation>为选中的会员打印表格或会员证</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="51" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="54" />
        <source>The member ledger of the members listed, or a blank import template</source>
        <translation>导出当前列表中会员的台账,或空白导入模板</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="63" />
        <source>Search: name, pinyin (zs), ID number, phone, card number, employer</source>
        <translation>搜索：姓名、拼音（如 zs）、身份证号、手机号、会员证号、工作单位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="74" />
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="156" />
        <source>All unions</source>
        <translation>全部基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="79" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="82" />
        <source>All groups</source>
        <translation>全部群体</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="85" />
        <source>Migrant workers</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="86" />
        <source>Model workers</source>
        <translation>劳模</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="87" />
        <source>Joined between</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="98" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="164" />
        <source>%n member(s)</source>
        <translation>
            <numerusform>共 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="167" />
        <source>Model workers: %n</source>
        <translation>
            <numerusform>劳模 %n 名</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="78" />
        <source>Import a roster (Excel or CSV)…</source>
        <translation>导入花名册(Excel 或 CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="84" />
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="115" />
        <source>Click to sort; right-click to choose the columns</source>
        <translation>点击表头排序；右键选择显示的列</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="233" />
        <source>No members yet. Press “New member” to register one, or “Enrollment drive” to enter many at once.</source>
        <translation>还没有会员。点击“新增会员”登记一名会员，或用“集中入会”一次登记多人。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="236" />
        <source>No members match. Check the search words or choose wider filters.</source>
        <translation>没有符合条件的会员。请检查搜索内容，或放宽筛选条件。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="240" />
        <source>No member selected.</source>
        <translation>未选择会员。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="196" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="197" />
        <source>Start import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="199" />
        <source>Press “Start import”. You can cancel while it runs; a cancelled import changes nothing.</source>
        <translation>请按“开始导入”。导入过程中可以取消;取消后不会改动任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="202" />
        <source>Open the report</source>
        <translation>打开导入报告</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="42" />
        <source>Send to the county</source>
        <translation>报送县总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="51" />
        <source>Export to…</source>
        <translation>导出到…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="56" />
        <source>Import receipt…</source>
        <translation>导入回执…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="68" />
        <source>Upload now</source>
        <translation>立即上传</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="82" />
        <source>By USB stick: export a batch file, take it to the county, and import the receipt they give back.</source>
        <translation>U盘报送:导出报送批次文件,交到县总工会,再导入县总工会给回的回执。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="89" />
        <source>By network: the county server's address</source>
        <translation>网络报送:县总工会服务器地址</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="112" />
        <source>{0} ({1}) · {2} free</source>
        <translation>{0}({1})· 可用 {2}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="117" />
        <source>No USB stick found</source>
        <translation>未发现U盘</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="120" />
        <source>Other folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="160" />
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="172" />
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/send_box.py" line="177" />
        <source>Enter the county server's address first, or send the changes by USB stick.</source>
        <translation>请先填写县总工会服务器地址,或用U盘报送。</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="97" />
        <source>Stations</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="98" />
        <source>County key fingerprint (stations check it by phone when they import their enrolment file): {0}</source>
        <translation>县总工会密钥指纹(站点导入登记文件时电话核对):{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="104" />
        <source>Enrol station…</source>
        <translation>登记站点…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="107" />
        <source>Register station key…</source>
        <translation>登记站点公钥…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="110" />
        <location filename="../../src/unionstation/ui/county/stations.py" line="271" />
        <location filename="../../src/unionstation/ui/county/stations.py" line="281" />
        <source>Revoke key</source>
        <translation>吊销密钥</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="113" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="122" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="123" />
        <source>Station name</source>
        <translation>总工会名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="124" />
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="125" />
        <source>not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="126" />
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="126" />
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="127" />
        <source>Applied through</source>
        <translation>已入库至变更序号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="128" />
        <source>Last batch</source>
        <translation>最近批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="129" />
        <source>Parked</source>
        <translation>暂存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="130" />
        <source>Members</source>
        <translation>在册会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="213" />
        <source>Save enrolment file</source>
        <translation>保存登记文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="213" />
        <source>Enrolment files (*.enrol)</source>
        <translation>登记文件 (*.enrol)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="227" />
        <source>Enrol station</source>
        <translation>登记站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="228" />
        <source>Saved {0}. Give it to the station. When they import it, read them the county key fingerprint by phone; then register the station key file they send back.</source>
        <translation>已保存 {0}。请交给该站点;对方导入时,电话向其念出县总工会密钥指纹;再登记对方送回的站点公钥文件。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="236" />
        <location filename="../../src/unionstation/ui/county/stations.py" line="250" />
        <location filename="../../src/unionstation/ui/county/stations.py" line="262" />
        <source>Register station key</source>
        <translation>登记站点公钥</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="237" />
        <source>Station key files (*.key);;All files (*)</source>
        <translation>站点公钥文件 (*.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="251" />
        <source>Station {0} ({1}) sent a key with the fingerprint:
{2}

Ask the station to read theirs by phone. Register the key only if the two are the same. Register it?</source>
        <translation>站点 {0}({1})送来的公钥指纹为:
{2}

请该站电话念出本站显示的指纹,两者一致才能登记。登记吗?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="263" />
        <source>The key of station {0} ({1}) is registered; its batches are accepted now.</source>
        <translation>站点 {0}({1})的公钥已登记,今后接收其报送批次。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="272" />
        <source>Revoke every key of station {0} ({1})? Its batches are refused until it registers a new key. Use this when a laptop is lost.</source>
        <translation>吊销站点 {0}({1})的全部密钥?在该站登记新密钥之前,它的批次一律拒收。电脑丢失时使用。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="282" />
        <source>{0} key(s) revoked.</source>
        <translation>已吊销 {0} 把密钥。</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="79" />
        <source>Change membership status</source>
        <translation>会员状态变更</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="81" />
        <source>{name}: the status is now “{status}”.</source>
        <translation>{name}:当前状态为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="90" />
        <source>e.g. retired in May; left by written request</source>
        <translation>如:5月退休;本人书面申请退会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="91" />
        <source>New status</source>
        <translation>变更为</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="92" />
        <source>Date of the change</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="93" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="57" />
        <source>Reporting</source>
        <translation>数据报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="63" />
        <location filename="../../src/unionstation/ui/sync/actions.py" line="83" />
        <source>Import enrolment file</source>
        <translation>导入登记文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="64" />
        <source>Enrolment files (*.enrol);;All files (*)</source>
        <translation>登记文件 (*.enrol);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="77" />
        <source>This enrolment file is from {0} for station {1} ({2}).

The county's key fingerprint is:
{3}

Read it to the county by phone and check that they see the same. Import the file?</source>
        <translation>此登记文件由{0}签发给站点 {1}({2})。

县总工会密钥指纹:
{3}

请电话与县总工会核对,确认对方看到的相同。导入吗?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="90" />
        <source>Enrolment imported</source>
        <translation>登记文件已导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="91" />
        <source>The station is enrolled with {0} as station {1}. Now save the station key file for the county to register.</source>
        <translation>本站已在{0}登记,站点代码 {1}。请接着保存本站公钥文件,交县总工会登记。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="100" />
        <source>Save station key file</source>
        <translation>保存本站公钥文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="100" />
        <source>Station key files (*.key)</source>
        <translation>站点公钥文件 (*.key)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="115" />
        <source>Station key saved</source>
        <translation>本站公钥文件已保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="116" />
        <source>Saved {0}. Give this file to the county, and read them its fingerprint by phone:
{1}</source>
        <translation>已保存 {0}。请把此文件交给县总工会,并电话向对方念出指纹:
{1}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="123" />
        <source>Export the batch to</source>
        <translation>报送批次导出到</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="130" />
        <source>Writing the batch file…</source>
        <translation>正在写入报送批次文件…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="135" />
        <location filename="../../src/unionstation/ui/sync/actions.py" line="139" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="136" />
        <source>Nothing to export: the county has acknowledged every change.</source>
        <translation>没有可导出的变更:县总工会已确认全部变更。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="140" />
        <source>Wrote {0}: {1} changes (no. {2} to {3}). Take it to the county, then import the receipt they give back.</source>
        <translation>已写入 {0}:{1} 条变更(第 {2} 至 {3} 条)。请交到县总工会,再导入对方给回的回执。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="148" />
        <source>Import receipt</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="148" />
        <source>Receipts (*.ack);;All files (*)</source>
        <translation>回执 (*.ack);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="153" />
        <source>Reading the receipt…</source>
        <translation>正在读取回执…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="156" />
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="162" />
        <location filename="../../src/unionstation/ui/sync/actions.py" line="172" />
        <source>Resend everything</source>
        <translation>全部重新报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="163" />
        <source>Every change this station has made goes back to waiting and is sent again with the next batch. The county applies each change only once, so nothing is doubled. Continue?</source>
        <translation>本站的全部变更将重新列为待报送,随下一个批次再报送一次。县总工会每条变更只入库一次,不会重复。继续吗?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="173" />
        <source>{0} changes wait to be sent again.</source>
        <translation>{0} 条变更等待重新报送。</translation>
    </message>
</context>
<context>
    <name>SyncIssues</name>
    <message>
        <location filename="../../src/unionstation/ui/sync/issues.py" line="20" />
        <source>Conflict at the county</source>
        <translation>县总工会发现冲突</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/issues.py" line="22" />
        <source>Refused by the county</source>
        <translation>县总工会拒收</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/issues.py" line="29" />
        <source>Reporting: {0} (change no. {1}): {2}</source>
        <translation>报送:{0}(变更序号 {1}):{2}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="74" />
        <source>Reporting to the county</source>
        <translation>向县总工会报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="75" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="84" />
        <source>Resend everything…</source>
        <translation>全部重新报送…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="142" />
        <source>Changes for the county</source>
        <translation>报送给县总工会的变更</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="150" />
        <source>Waiting to be exported</source>
        <translation>待报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="151" />
        <source>Exported, receipt not back yet</source>
        <translation>已导出,待回执</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="152" />
        <source>Acknowledged through change no.</source>
        <translation>县总工会已确认至变更序号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="153" />
        <source>Not accepted by the county</source>
        <translation>县总工会未接收</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="155" />
        <source>Last export</source>
        <translation>上次导出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="156" />
        <source>Last receipt</source>
        <translation>上次回执</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="160" />
        <source>Enrolment with the county</source>
        <translation>县总工会登记</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="162" />
        <source>This station is not enrolled with the county yet. It works as usual, but it cannot export anything until you import the enrolment file the county federation gives you.</source>
        <translation>本站尚未在县总工会登记。可以照常工作,但在导入县总工会发来的登记文件之前,不能导出报送数据。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="174" />
        <source>County federation</source>
        <translation>县(区)总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="175" />
        <source>Station code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="176" />
        <source>County key</source>
        <translation>县总工会密钥</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="177" />
        <location filename="../../src/unionstation/ui/sync/page.py" line="263" />
        <source>Import enrolment file…</source>
        <translation>导入登记文件…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="187" />
        <source>Station key</source>
        <translation>本站密钥</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="188" />
        <source>When the county registers this station's key, read them this fingerprint by phone:</source>
        <translation>县总工会登记本站公钥时,请电话向对方念出以下指纹:</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="193" />
        <source>Save station key file…</source>
        <translation>保存本站公钥文件…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="231" />
        <location filename="../../src/unionstation/ui/sync/page.py" line="232" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="240" />
        <source>None yet: the key is made when the enrolment file is imported or the key file is saved.</source>
        <translation>尚未生成:导入登记文件或保存公钥文件时生成本站密钥。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="262" />
        <source>Import a new enrolment file…</source>
        <translation>导入新的登记文件…</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../src/unionstation/ui/sync/texts.py" line="34" />
        <source>{0} is larger than {1} MiB: it cannot be a file of this kind, and was not read.</source>
        <translation>{0} 超过 {1} MiB,不可能是这类文件,未读取。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="110" />
        <source>Transfer membership</source>
        <translation>会员关系转接</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="112" />
        <source>{name} now belongs to “{union}”.</source>
        <translation>{name} 现属“{union}”。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="115" />
        <source>Within this station, to another grassroots union</source>
        <translation>本站内转接(转到另一个基层工会)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="118" />
        <source>Out of this station, to a union elsewhere</source>
        <translation>转出本站(转到外单位工会)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="128" />
        <source>Full name of the receiving union</source>
        <translation>接收会员关系的工会全称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="132" />
        <source>To grassroots union</source>
        <translation>转入基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="134" />
        <source>To union</source>
        <translation>转往工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="135" />
        <source>Date of transfer</source>
        <translation>转接日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="136" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/lifecycle_dialogs.py" line="142" />
        <source>The station has no other grassroots union.</source>
        <translation>本站没有其他基层工会。</translation>
    </message>
</context>
<context>
    <name>UnionDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="40" />
        <source>Edit grassroots union</source>
        <translation>修改基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="41" />
        <source>New grassroots union</source>
        <translation>新增基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="51" />
        <source>18 characters, may be left empty</source>
        <translation>18位,可暂不填写</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="63" />
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="70" />
        <source>Union name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="71" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="72" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="74" />
        <source>Chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="75" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="76" />
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="78" />
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_dialog.py" line="79" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>UnionMergeDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/members/union_merge.py" line="24" />
        <source>Merge grassroots union</source>
        <translation>合并基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_merge.py" line="26" />
        <source>Move every member of “{0}” into:</source>
        <translation>把“{0}”的全部会员转入:</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/union_merge.py" line="33" />
        <source>“{0}” is then closed; each member's history records the move.</source>
        <translation>合并后“{0}”即撤销,每名会员的履历中记录这次转接。</translation>
    </message>
</context>
<context>
    <name>UnionsView</name>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="52" />
        <location filename="../../src/unionstation/ui/members/unions.py" line="234" />
        <source>Grassroots unions</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="52" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="55" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="58" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="60" />
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="62" />
        <source>Close union</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="64" />
        <source>Show closed</source>
        <translation>显示已撤销</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="66" />
        <source>Card number rule…</source>
        <translation>会员证号规则…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="78" />
        <source>Union name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="79" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="80" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="81" />
        <source>Chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="82" />
        <source>Contact</source>
        <translation>联系人及电话</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="83" />
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="85" />
        <source>Members</source>
        <translation>在册会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="86" />
        <source>Model workers</source>
        <translation>劳模</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="87" />
        <source>Closed on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="131" />
        <source>{0} unions · {1} active members</source>
        <translation>{0} 个基层工会 · 在册会员 {1} 名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="181" />
        <source>Saved “{0}”.</source>
        <translation>已保存“{0}”。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="192" />
        <location filename="../../src/unionstation/ui/members/unions.py" line="207" />
        <source>Merge grassroots union</source>
        <translation>合并基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="193" />
        <source>There is no other open union to merge into.</source>
        <translation>没有其他可以并入的基层工会。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="205" />
        <source>Move the {0} active members of “{1}” into “{2}”, and close “{1}”?</source>
        <translation>把“{1}”的 {0} 名在册会员转入“{2}”,并撤销“{1}”?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="210" />
        <source>Merged “{0}” into “{1}”.</source>
        <translation>已将“{0}”并入“{1}”。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="212" />
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="219" />
        <source>Close grassroots union</source>
        <translation>撤销基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="221" />
        <source>Close “{0}”? It stays in the records but takes no new members.</source>
        <translation>撤销“{0}”?撤销后仍保留记录,但不能再接收新会员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="227" />
        <source>Merge it into another grassroots union now?</source>
        <translation>现在把它合并到其他基层工会吗?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="231" />
        <source>Closed “{0}”.</source>
        <translation>已撤销“{0}”。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/unions.py" line="250" />
        <source>Card number rule saved; the next card is {0}.</source>
        <translation>会员证号规则已保存,下一个证号为 {0}。</translation>
    </message>
</context>
</TS>