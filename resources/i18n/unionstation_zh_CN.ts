<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="182" />
        <source>Database OK · schema {0}</source>
        <translation>数据库正常 · 结构版本 {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="328" />
        <source>Station encrypted</source>
        <translation>本站数据已加密</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="329" />
        <source>{0} rows were converted into the encrypted database and checked; the plain file and its plain backups are deleted. A copy on an SSD, a USB stick or in a cloud folder may survive a deletion: remove those copies too.</source>
        <translation>已将 {0} 行数据转入加密数据库并核对无误,未加密的旧文件及其备份已删除。留在固态硬盘、U盘或网盘文件夹里的副本可能删不干净,请一并清除。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="334" />
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="335" />
        <source>Write down this recovery code and lock it in the office safe. It opens the station's data if every password is forgotten, and it is shown only this once:

{0}</source>
        <translation>请抄下这个恢复码并锁进办公室保险柜。所有密码都忘记时,用它可以打开本站数据。恢复码只显示这一次:

{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="370" />
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="380" />
        <source>Database not opened</source>
        <translation>数据库未能打开</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/controller.py" line="386" />
        <source>UnionStation</source>
        <translation>工会会员管理站</translation>
    </message>
</context>
<context>
    <name>AssetDetails</name>
    <message>
        <location filename="../../src/unionstation/ui/homes/asset_details.py" line="36" />
        <source>e.g. the rest room, shelf 2</source>
        <translation>如:休息室 2 号柜</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/asset_details.py" line="37" />
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/asset_details.py" line="39" />
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/asset_details.py" line="63" />
        <source>Location</source>
        <translation>存放地点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/asset_details.py" line="65" />
        <source>Acquired</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/asset_details.py" line="67" />
        <source>Next audit</source>
        <translation>下次盘点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/asset_details.py" line="69" />
        <source>Condition</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/asset_details.py" line="71" />
        <source>Funding shares</source>
        <translation>经费来源比例</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/asset_details.py" line="108" />
        <source>= {0} %</source>
        <translation>合计 {0}%</translation>
    </message>
</context>
<context>
    <name>AssetsTab</name>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="44" />
        <source>Tag</source>
        <translation>资产标签</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="45" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="46" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="47" />
        <source>Venue</source>
        <translation>阵地</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="48" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="49" />
        <source>Unit value</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="50" />
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="51" />
        <source>Funding</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="52" />
        <source>Condition</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="53" />
        <source>Location</source>
        <translation>存放地点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="54" />
        <source>Next audit</source>
        <translation>下次盘点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="70" />
        <source>Asset name</source>
        <translation>资产名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="80" />
        <source>Unit value (yuan)</source>
        <translation>单价(元)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="84" />
        <source>Tag (made if empty)</source>
        <translation>标签(不填自动生成)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="85" />
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="181" />
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="201" />
        <source>Add asset</source>
        <translation>登记资产</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="94" />
        <source>Audit due only</source>
        <translation>只看到期待盘点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="99" />
        <source>Dispose…</source>
        <translation>报废…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="103" />
        <source>Labels (PDF)…</source>
        <translation>资产标签(PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="105" />
        <source>The selected assets' labels, or else every label of the venue</source>
        <translation>打印选中资产的标签;未选中时打印本阵地的全部标签</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="110" />
        <source>History…</source>
        <translation>变动记录…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="112" />
        <source>Every change of the selected asset</source>
        <translation>选中资产的每一次变动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="114" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="118" />
        <source>Ledger (Excel)…</source>
        <translation>资产台账(Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="153" />
        <source>{0} assets, in use ¥{1}; {2} due for audit</source>
        <translation>共 {0} 项资产,在用价值 ¥{1};{2} 项到期待盘点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="177" />
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="201" />
        <source>Save asset</source>
        <translation>保存资产</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="208" />
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="212" />
        <source>Dispose</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="208" />
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="220" />
        <source>Select one asset.</source>
        <translation>请选择一项资产。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="210" />
        <source>Dispose {0}</source>
        <translation>报废 {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="211" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="220" />
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="222" />
        <source>History</source>
        <translation>变动记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="224" />
        <source>History of {0}</source>
        <translation>{0} 的变动记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="233" />
        <source>Save the label sheet</source>
        <translation>保存资产标签</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="238" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="241" />
        <source>Labels</source>
        <translation>资产标签</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="242" />
        <source>Written: {0} ({1} labels on {2} sheets, moved {3} mm right and {4} mm down).</source>
        <translation>已生成:{0}(共 {1} 张标签,{2} 页;向右偏移 {3} 毫米,向下偏移 {4} 毫米)。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="248" />
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="252" />
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="260" />
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="263" />
        <source>Import assets</source>
        <translation>导入资产</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="249" />
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="258" />
        <source>{0} to add, {1} to update, {2} rejected.</source>
        <translation>将新增 {0} 项,更新 {1} 项,{2} 行未通过。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="261" />
        <source>Import now?</source>
        <translation>现在导入吗?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="270" />
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="275" />
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="278" />
        <source>Asset ledger</source>
        <translation>资产台账</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/assets_tab.py" line="279" />
        <source>Written: {0} ({1} rows)</source>
        <translation>已写入:{0}(共 {1} 行)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="49" />
        <source>any officer</source>
        <translation>所有工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="53" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="62" />
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="64" />
        <source>Verify the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="72" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="72" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="72" />
        <location filename="../../src/unionstation/ui/audit/page.py" line="76" />
        <source>Officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="72" />
        <location filename="../../src/unionstation/ui/audit/page.py" line="78" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="73" />
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="82" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="91" />
        <location filename="../../src/unionstation/ui/audit/page.py" line="167" />
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="144" />
        <source>{0} entries match; the newest {1} are shown.</source>
        <translation>共 {0} 条符合条件,显示最新的 {1} 条。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="156" />
        <source>Chain intact: {0} entries</source>
        <translation>哈希链完整:共 {0} 条</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/audit/page.py" line="160" />
        <source>Chain broken at entry {0}: it was changed or deleted by hand</source>
        <translation>哈希链在第 {0} 条断开:该条被手工改动或删除</translation>
    </message>
</context>
<context>
    <name>BackupClock</name>
    <message>
        <location filename="../../src/unionstation/ui/recovery/backup_clock.py" line="50" />
        <location filename="../../src/unionstation/ui/recovery/backup_clock.py" line="62" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="25" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="34" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="37" />
        <source>Test a restore…</source>
        <translation>试恢复…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="40" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="49" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="50" />
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="51" />
        <source>Newest</source>
        <translation>最新备份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="60" />
        <source>one a day for {daily} days, and the copies taken before the last {imports} imports</source>
        <translation>每天一份，保留 {daily} 天；另保留最近 {imports} 次导入前的备份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="63" />
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="66" />
        <source>{when}, {members} active members ({name})</source>
        <translation>{when}，在册会员 {members} 名（{name}）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="75" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="80" />
        <source>Backed up to {0}.</source>
        <translation>已备份到 {0}。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="90" />
        <source>Backups (%1)</source>
        <translation>备份文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="94" />
        <source>Choose the backup to test</source>
        <translation>选择要试恢复的备份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="98" />
        <source>Testing…</source>
        <translation>正在试恢复…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="100" />
        <source>{name} restores: {members} active members. The data in use was not touched.</source>
        <translation>{name} 可以恢复：在册会员 {members} 名。正在使用的数据没有改动。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="104" />
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="112" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/backups_box.py" line="113" />
        <source>Put {name} ({members} active members) in place of the data in use? The data in use is first copied to the backups folder.</source>
        <translation>用 {name}（在册会员 {members} 名）替换正在使用的数据吗？正在使用的数据会先复制到备份文件夹。</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_dialog.py" line="28" />
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_dialog.py" line="49" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_dialog.py" line="50" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_dialog.py" line="51" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_dialog.py" line="52" />
        <source>Budget (yuan)</source>
        <translation>预算(元)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_dialog.py" line="53" />
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_dialog.py" line="58" />
        <source>Standard: {0}</source>
        <translation>标准:{0}</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="47" />
        <source>Campaigns</source>
        <translation>帮扶活动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="47" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="48" />
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="50" />
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="50" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="50" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="51" />
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="51" />
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="59" />
        <source>Paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="51" />
        <source>Left</source>
        <translation>减少</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="58" />
        <source>File no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="58" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="58" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="58" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="59" />
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="59" />
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="59" />
        <source>Signed</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="62" />
        <source>Add formal households</source>
        <translation>加入在档户</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="63" />
        <source>Pay selected</source>
        <translation>发放选中户</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="64" />
        <source>Sheet signed</source>
        <translation>签收表已收回</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="65" />
        <source>Print sign-off sheet</source>
        <translation>打印签收表</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="133" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="145" />
        <source>{0} ({1}, {2}): budget ¥{3}, paid ¥{4}, left ¥{5}. Households {6}: visited {7}, paid {8}, sheets signed {9}.</source>
        <translation>{0}({1},{2}年):预算 ¥{3},已发放 ¥{4},剩余 ¥{5}。帮扶户 {6} 户:已走访 {7},已发放 {8},签收表已收回 {9}。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="172" />
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="174" />
        <source>Add households</source>
        <translation>加入帮扶户</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="175" />
        <source>{0} households added, {1} skipped.</source>
        <translation>加入 {0} 户,跳过 {1} 户。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="181" />
        <source>Pay</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="190" />
        <source>To pay all the same, write why (this is recorded):</source>
        <translation>如仍需发放,请写明原因(将记录在案):</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="208" />
        <source>Save the sign-off sheet</source>
        <translation>保存签收表</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="209" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="217" />
        <source>Printing the sign-off sheet…</source>
        <translation>正在生成签收表…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="221" />
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="229" />
        <source>Sign-off sheet</source>
        <translation>签收表</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/campaign_view.py" line="222" />
        <source>Written to {0}: {1} pages, total ¥{2}.</source>
        <translation>已写入 {0}:共 {1} 页,合计 ¥{2}。</translation>
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
        <source>ID number or credit code</source>
        <translation>身份证号或信用代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="60" />
        <source>Stations</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="61" />
        <source>Names or union names</source>
        <translation>姓名或工会名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="64" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="67" />
        <source>Cases to resolve</source>
        <translation>待核对的情况</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="70" />
        <source>Records are never overwritten: each case stays here until the stations put their records right.</source>
        <translation>记录不会被覆盖:各情况留在这里,直到有关站点更正记录。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="82" />
        <source>Active at two stations</source>
        <translation>在两个站点同时在册</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="84" />
        <source>Transferred out, no transfer in</source>
        <translation>有转出,无对应转入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="86" />
        <source>Changed from an older version</source>
        <translation>在旧版本上修改</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="88" />
        <source>Open hardship files at two stations</source>
        <translation>在两个站点均有未结束的困难档案</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="90" />
        <source>One union credit code at two stations</source>
        <translation>同一工会信用代码在两个站点登记</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="91" />
        <source>Transferred in, no transfer out</source>
        <translation>有转入,无对应转出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="103" />
        <source>{0} case(s)</source>
        <translation>共 {0} 项待核对</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="104" />
        <source>No cases: no person or union is recorded twice.</source>
        <translation>没有待处理的情况：没有人或工会被重复登记。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../src/unionstation/ui/reports/charts.py" line="77" />
        <source>No figures yet for this year.</source>
        <translation>本年度暂无数据。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/charts.py" line="84" />
        <location filename="../../src/unionstation/ui/reports/charts.py" line="102" />
        <source>Show table</source>
        <translation>查看表格</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/charts.py" line="102" />
        <source>Show chart</source>
        <translation>查看图表</translation>
    </message>
</context>
<context>
    <name>CountyAuditPage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="156" />
        <source>any officer</source>
        <translation>所有工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="159" />
        <source>any action (or a prefix ending in .)</source>
        <translation>任意操作(或以 . 结尾的前缀)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="160" />
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="161" />
        <source>Verify the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="166" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="166" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="167" />
        <source>Officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="167" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="168" />
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="177" />
        <source>County audit trail</source>
        <translation>县总工会审计记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="200" />
        <source>{0} entries</source>
        <translation>共 {0} 条</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="209" />
        <source>The chain is whole: {0} entries.</source>
        <translation>哈希链完整:共 {0} 条。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="213" />
        <source>The chain is broken from entry {0}: it was edited or deleted by hand.</source>
        <translation>哈希链从第 {0} 条起断开:该记录被人为修改或删除。</translation>
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
        <location filename="../../src/unionstation/ui/county/controller.py" line="68" />
        <source>County federation</source>
        <translation>县总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/controller.py" line="154" />
        <source>County database not opened</source>
        <translation>县总工会数据库未能打开</translation>
    </message>
</context>
<context>
    <name>CountyFiguresPage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="109" />
        <source> (year)</source>
        <translation> 年度</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="111" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="114" />
        <source>Export to PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="120" />
        <source>Figures</source>
        <translation>统计数字</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="123" />
        <source>Year:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="131" />
        <location filename="../../src/unionstation/ui/county/figures.py" line="156" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="132" />
        <source>Last batch</source>
        <translation>最近报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="133" />
        <source>Members</source>
        <translation>在册会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="134" />
        <source>New</source>
        <translation>新入会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="135" />
        <source>Unions</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="136" />
        <location filename="../../src/unionstation/ui/county/figures.py" line="161" />
        <location filename="../../src/unionstation/ui/county/figures.py" line="168" />
        <source>Venues</source>
        <translation>职工之家阵地</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="137" />
        <location filename="../../src/unionstation/ui/county/figures.py" line="167" />
        <source>Hardship files</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="138" />
        <source>Paid (yuan)</source>
        <translation>发放金额(元)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="147" />
        <source>Stations side by side (a red date: nothing received this year)</source>
        <translation>各站点对比(日期为红色:本年未收到报送)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="155" />
        <source>Active members by station</source>
        <translation>各站点在册会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="156" />
        <source>Active members</source>
        <translation>在册会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="157" />
        <source>New members</source>
        <translation>新入会会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="158" />
        <source>Hardship files by category</source>
        <translation>困难职工档案(按类别)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="159" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="159" />
        <source>Files</source>
        <translation>档案数</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="160" />
        <source>Venues by kind</source>
        <translation>阵地(按类型)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="161" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="162" />
        <source>Money paid by campaign (yuan)</source>
        <translation>各项活动发放金额(元)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="163" />
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="163" />
        <source>Paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="164" />
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="164" />
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="166" />
        <source>Members by station</source>
        <translation>各站点会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="169" />
        <source>Money by campaign</source>
        <translation>活动发放金额</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="189" />
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="194" />
        <source>never</source>
        <translation>从未报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="216" />
        <source>Not reported this year: {0}</source>
        <translation>本年未报送:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="220" />
        <source>Every station has reported this year.</source>
        <translation>各站点本年均已报送。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="231" />
        <source>Export the county's report to Excel</source>
        <translation>导出全县年度统计报表(Excel)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="232" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="235" />
        <source>Export the county's report to PDF</source>
        <translation>导出全县年度统计报表(PDF)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="235" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="247" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/figures.py" line="250" />
        <source>The report was written to {0}.</source>
        <translation>报表已导出到 {0}。</translation>
    </message>
</context>
<context>
    <name>CountyHomesPage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/homes.py" line="35" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/homes.py" line="36" />
        <source>Venue code</source>
        <translation>阵地编码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/homes.py" line="37" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/homes.py" line="38" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/homes.py" line="39" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/homes.py" line="40" />
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/homes.py" line="41" />
        <source>Asset value (yuan)</source>
        <translation>资产价值(元)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/homes.py" line="49" />
        <source>Workers' homes</source>
        <translation>职工之家</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/homes.py" line="69" />
        <source>{0} venues. By kind: {1}. Model homes by level: {2}.</source>
        <translation>共 {0} 处阵地。按类型:{1}。模范职工之家按级别:{2}。</translation>
    </message>
</context>
<context>
    <name>CountyMembersPage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="121" />
        <source>Search by name, pinyin initials or ID number</source>
        <translation>按姓名、拼音首字母或身份证号查找</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="125" />
        <location filename="../../src/unionstation/ui/county/views.py" line="164" />
        <source>All stations</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="135" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="136" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="137" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="138" />
        <source>Status</source>
        <translation>会员状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="139" />
        <source>Grassroots union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="140" />
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="149" />
        <source>Members of all stations</source>
        <translation>各站点会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="182" />
        <source>{0}+ members; the first {1} are shown. Narrow the search to see others.</source>
        <translation>超过 {0} 名会员,显示前 {1} 名。请缩小查找范围查看其他会员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="186" />
        <source>{0} members; the first {1} are shown. Narrow the search to see others.</source>
        <translation>共 {0} 名会员,显示前 {1} 名。请缩小查找范围查看其他会员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/views.py" line="190" />
        <source>{0} members</source>
        <translation>{0} 名会员</translation>
    </message>
</context>
<context>
    <name>CountyOfficersPage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="52" />
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="52" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="52" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="52" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="54" />
        <source>Add officer…</source>
        <translation>添加工作人员…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="56" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="58" />
        <source>Reset password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="66" />
        <location filename="../../src/unionstation/ui/county/admin.py" line="103" />
        <source>County officers</source>
        <translation>县总工会工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="68" />
        <source>Roles: an administrator does everything; an officer reads and imports batches; an auditor reads and checks the audit trail.</source>
        <translation>角色:管理员可做全部操作;干事可查阅并导入批次;经审可查阅并核对审计记录。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="95" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="95" />
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="109" />
        <source>Add county officer</source>
        <translation>添加县总工会工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="120" />
        <source>{0} can log in now.</source>
        <translation>{0} 现在可以登录了。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="125" />
        <source>Disable officer</source>
        <translation>停用工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="126" />
        <source>{0} will no longer be able to log in. The audit trail keeps their name. Go on?</source>
        <translation>{0} 将不能再登录,审计记录中保留其姓名。继续吗?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="131" />
        <source>{0} is disabled.</source>
        <translation>{0} 已停用。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="137" />
        <source>New password for {0}</source>
        <translation>为 {0} 设置新密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/admin.py" line="145" />
        <source>{0} has a new password; the old one no longer works.</source>
        <translation>{0} 已设置新密码,旧密码已失效。</translation>
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
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="106" />
        <source>Next try at {0}.</source>
        <translation>将于 {0} 再试。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="90" />
        <source>County: USB only · {0} not yet confirmed</source>
        <translation>县总工会:仅U盘报送 · {0} 条待县总工会确认</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="93" />
        <source>County: online · {0} not yet confirmed</source>
        <translation>县总工会:在线 · {0} 条待县总工会确认</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="96" />
        <source>County: offline · {0} not yet confirmed</source>
        <translation>县总工会:离线 · {0} 条待县总工会确认</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="99" />
        <source>County: not accepted · {0} not yet confirmed</source>
        <translation>县总工会:未接收 · {0} 条待县总工会确认</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="296" />
        <source>The county server does not answer. The changes stay on this computer; they can also go by USB stick.</source>
        <translation>县总工会服务器没有应答。变更保存在本机,也可以用U盘报送。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="350" />
        <source>Nothing waits to be sent.</source>
        <translation>没有待报送的变更。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="366" />
        <source>The county refused the batch: {0}</source>
        <translation>县总工会拒收了报送批次:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/uploader.py" line="372" />
        <source>The upload failed unexpectedly; the details are in the log.</source>
        <translation>上传意外失败,详细情况已写入日志。</translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="27" />
        <source>UnionStation — county</source>
        <translation>UnionStation — 县总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="29" />
        <source>Stations</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="30" />
        <source>Intake</source>
        <translation>批次导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="31" />
        <source>Cases</source>
        <translation>待核对情况</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="32" />
        <source>Figures</source>
        <translation>统计数字</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="33" />
        <source>All members</source>
        <translation>全县会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="34" />
        <source>Workers' homes</source>
        <translation>职工之家</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="35" />
        <source>Officers</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="36" />
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="45" />
        <source>Opening the county's database…</source>
        <translation>正在打开县总工会数据库…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="56" />
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="65" />
        <source>UnionStation — {0} (county)</source>
        <translation>UnionStation — {0}(县总工会)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="66" />
        <source>County federation: {0} ({1})</source>
        <translation>县总工会:{0}({1})</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="71" />
        <source>Stations: {0}</source>
        <translation>站点:{0} 个</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/window.py" line="87" />
        <source>Officer: {0}</source>
        <translation>工作人员:{0}</translation>
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
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="127" />
        <source>Add a grassroots union first (Members → Grassroots unions).</source>
        <translation>请先新增基层工会(会员管理 → 基层工会)。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/drive_chooser.py" line="140" />
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
        <location filename="../../src/unionstation/ui/county/stations.py" line="52" />
        <source>Enrol station</source>
        <translation>登记站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="55" />
        <source>e.g. 330106001 (division code)</source>
        <translation>例如 330106001(行政区划代码)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="58" />
        <source>e.g. Xihu Street Federation of Trade Unions</source>
        <translation>例如:西湖街道总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="66" />
        <source>Station code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="67" />
        <source>Station name</source>
        <translation>总工会名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="69" />
        <source>The county issues the station an enrolment file with its code and the county's keys.</source>
        <translation>县总工会为站点签发登记文件,内含站点代码和县总工会密钥。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="79" />
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
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="44" />
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="119" />
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="130" />
        <source>Export</source>
        <extracomment>A file was written (its path); for tests and for views that want to know. Whether the role may export whole ID numbers (else they are masked unasked).</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="45" />
        <source>Member ledger of the current list (Excel)…</source>
        <translation>当前列表的会员台账(Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="49" />
        <source>Blank import template (Excel)…</source>
        <translation>空白会员导入模板(Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="58" />
        <source>Export member ledger</source>
        <translation>导出会员台账</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="58" />
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="101" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="59" />
        <source>{0} member ledger {1}.xlsx</source>
        <translation>{0}会员台账{1}.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="63" />
        <source>ID numbers in the ledger</source>
        <translation>台账中的身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="64" />
        <source>Write the full ID numbers into the ledger?

Choose No to write them masked (330106********1234), which is enough for most purposes. A ledger with full numbers holds personal data: keep it safe. Either choice is recorded in the audit log.</source>
        <translation>是否在台账中写入完整的身份证号?

选择“否”将写入遮蔽后的号码(330106********1234),一般用途已经足够。含完整号码的台账包含个人信息,请妥善保管。无论如何选择,都会记入操作日志。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="69" />
        <source>Writing member {0} of {1}…</source>
        <translation>正在写入第 {0} 名会员,共 {1} 名…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="89" />
        <source>with full ID numbers</source>
        <translation>含完整身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="90" />
        <source>with masked ID numbers</source>
        <translation>身份证号已遮蔽</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="91" />
        <source>Member ledger exported</source>
        <translation>会员台账已导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="92" />
        <source>%n member(s) written, {0}, to
{1}</source>
        <translation>
            <numerusform>已导出 %n 名会员({0}),文件保存在:
{1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="96" />
        <source>Exporting the member ledger…</source>
        <translation>正在导出会员台账…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="101" />
        <source>Save blank import template</source>
        <translation>保存空白导入模板</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="102" />
        <source>{0} member import template.xlsx</source>
        <translation>{0}会员信息导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="110" />
        <source>Import template saved</source>
        <translation>导入模板已保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="111" />
        <source>The blank import template was written to
{0}</source>
        <translation>空白导入模板已保存到:
{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="115" />
        <source>Writing the import template…</source>
        <translation>正在写入导入模板…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/export_actions.py" line="131" />
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消,没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../../src/unionstation/ui/reports/cards.py" line="50" />
        <source>Last year {0}, change {1}</source>
        <translation>上年 {0},增减 {1}</translation>
    </message>
</context>
<context>
    <name>FigureCards</name>
    <message>
        <location filename="../../src/unionstation/ui/reports/cards.py" line="75" />
        <source>Active members</source>
        <translation>在册会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/cards.py" line="75" />
        <source>New members</source>
        <translation>新入会会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/cards.py" line="76" />
        <source>Grassroots unions</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/cards.py" line="76" />
        <source>New unions</source>
        <translation>新建基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/cards.py" line="77" />
        <source>Venues</source>
        <translation>职工之家阵地</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/cards.py" line="77" />
        <source>Hardship files</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/cards.py" line="78" />
        <source>Visits</source>
        <translation>走访慰问(次)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/cards.py" line="78" />
        <source>Money paid (yuan)</source>
        <translation>帮扶发放金额(元)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/cards.py" line="85" />
        <source>Plan {0}, {1}% done</source>
        <translation>计划 {0},完成 {1}%</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="52" />
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="161" />
        <source>Hardship file</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="52" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="57" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="58" />
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="230" />
        <source>Approve</source>
        <translation>审核入档</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="59" />
        <source>Relieved</source>
        <translation>解困脱困</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="60" />
        <source>Close file</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="61" />
        <source>Re-check done</source>
        <translation>完成年度复核</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="62" />
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="63" />
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="288" />
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="292" />
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="297" />
        <source>Reverse payment</source>
        <translation>冲销发放</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="64" />
        <source>Attach material…</source>
        <translation>附加材料…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="65" />
        <source>Must-visit occasion…</source>
        <translation>五必访事由…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="66" />
        <source>Attach signed sheet…</source>
        <translation>附加签收单…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="74" />
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="77" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="74" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="74" />
        <source>Cash</source>
        <translation>慰问金</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="75" />
        <source>Goods</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="75" />
        <source>Goods value</source>
        <translation>慰问品价值</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="76" />
        <source>Officers</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="77" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="78" />
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="78" />
        <source>Funding</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="79" />
        <source>Reverses</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="79" />
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="81" />
        <source>Officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="81" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="81" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="105" />
        <source>Visits</source>
        <translation>走访慰问(次)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="106" />
        <source>Payments</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="107" />
        <source>History</source>
        <translation>档案记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="147" />
        <source>New file: saved as temporary until approved.</source>
        <translation>新建档案:审核前为“建档待审”。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="168" />
        <source>{0} — {1}; opened {2} by {3}; re-check due {4}</source>
        <translation>{0} — {1};{2} 由 {3} 建档;复核日期 {4}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="172" />
        <source>; {0} attachments</source>
        <translation>;附件 {0} 份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="182" />
        <source>Another officer than the one who opened the file approves it.</source>
        <translation>档案须由建档人以外的另一位干事审核。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="201" />
        <source>Paid in total: ¥{0}</source>
        <translation>累计发放:¥{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="223" />
        <source>Save file</source>
        <translation>保存档案</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="238" />
        <source>Reason:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="265" />
        <source>Re-check</source>
        <translation>年度复核</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="289" />
        <source>Select the payment to reverse first.</source>
        <translation>请先选中要冲销的发放记录。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="293" />
        <source>Why is this payment reversed?</source>
        <translation>冲销这笔发放的原因?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="307" />
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="312" />
        <source>Attach material</source>
        <translation>附加材料</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="320" />
        <source>Attach signed sheet</source>
        <translation>附加签收单</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_editor.py" line="322" />
        <source>Select the visit first.</source>
        <translation>请先选中走访记录。</translation>
    </message>
</context>
<context>
    <name>FileForm</name>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="77" />
        <source>Zero-employment household</source>
        <translation>零就业家庭</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="86" />
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="109" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="87" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="88" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="89" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="90" />
        <source>Union</source>
        <translation>所属工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="91" />
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="92" />
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="94" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="95" />
        <source>Main cause</source>
        <translation>主要致困原因</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="96" />
        <source>Other causes</source>
        <translation>次要致困原因</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="97" />
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="98" />
        <source>Household income / month</source>
        <translation>家庭月收入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="99" />
        <source>Medical spending / month</source>
        <translation>月医疗支出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="100" />
        <source>Housing</source>
        <translation>住房情况</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="109" />
        <source>Relation</source>
        <translation>与本人关系</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="109" />
        <source>Born</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="109" />
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="110" />
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="110" />
        <source>School or work</source>
        <translation>就学或就业</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="110" />
        <source>Income / month</source>
        <translation>月收入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="112" />
        <source>Add household member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="114" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="118" />
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="126" />
        <source>Situation</source>
        <translation>困难情况</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="237" />
        <source>Income per capita: —</source>
        <translation>人均月收入:—</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="241" />
        <source>below the minimum-living line</source>
        <translation>低于低保标准</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="242" />
        <source>one to two times the minimum-living line</source>
        <translation>低保标准的1至2倍</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="243" />
        <source>above twice the minimum-living line</source>
        <translation>高于低保标准2倍</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="244" />
        <source>Income per capita: ¥{0}/month</source>
        <translation>人均月收入:¥{0}/月</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="246" />
        <source> — {0} (¥{1})</source>
        <translation> — {0}(¥{1})</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/file_form.py" line="248" />
        <source> — no minimum-living line set for this year</source>
        <translation> — 本年度尚未设置低保标准</translation>
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
        <location filename="../../src/unionstation/ui/first_run.py" line="57" />
        <source>Protect this station</source>
        <translation>保护本站数据</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="58" />
        <source>Set up this station</source>
        <translation>首次设置工会站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="61" />
        <source>This data folder has no station yet. Enter the township or street federation that will use it.</source>
        <translation>此数据文件夹还没有工会站点。请填写使用本程序的乡镇(街道)总工会。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="68" />
        <source>e.g. Xihu Street Federation of Trade Unions</source>
        <translation>例如:西湖街道总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="71" />
        <source>9 or 12 digits, e.g. 330106001</source>
        <translation>9位或12位,例如 330106001</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="76" />
        <source>your login, e.g. wang or 王干事</source>
        <translation>您的登录名,例如 wang 或 王干事</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="88" />
        <source>From now on the station's data is encrypted and every officer logs in. Create the first administrator: the database is then converted into an encrypted file, checked, and the plain file deleted. A copy left on an SSD, a USB stick or in a cloud folder may survive a deletion: remove those copies too.</source>
        <translation>从现在起本站数据加密保存,每位工作人员都要登录。请建立第一位管理员:数据库随即转换为加密文件并核对,然后删除未加密的旧文件。留在固态硬盘、U盘或网盘文件夹里的副本可能删不干净,请一并清除。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="94" />
        <source>Station name</source>
        <translation>总工会名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="95" />
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="96" />
        <source>County federation</source>
        <translation>县(区)总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="97" />
        <source>Your login (administrator)</source>
        <translation>您的登录名(管理员)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="98" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="99" />
        <source>Password again</source>
        <translation>再输一次密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="107" />
        <source>Rebuild from the county (re-base file)…</source>
        <translation>从县总工会重建(重建文件)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="111" />
        <source>A lost laptop: the county gives a re-base file and reads a code by phone; the station and its records come back from the county.</source>
        <translation>电脑丢失时使用:县总工会提供重建文件并电话告知重建码,本站及其全部记录从县总工会取回。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="120" />
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="123" />
        <source>A backup of this station taken on another computer, with the file unionstation.keys beside it</source>
        <translation>在另一台电脑上做的本站备份,备份旁边要有 unionstation.keys 文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="159" />
        <source>Enter your login; it signs every change you make.</source>
        <translation>请输入登录名;您做的每一处修改都以它署名。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="161" />
        <source>Choose a password of at least {0} characters.</source>
        <translation>请设置至少 {0} 个字符的密码。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="164" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="191" />
        <source>Rebuilding from {0}: the station's name, code and records come from the county. Create the first administrator of this laptop. Afterwards, save the station key file on the Reporting page and give it to the county to register, reading them its fingerprint by phone; reporting then goes on.</source>
        <translation>将从 {0} 重建:站点名称、代码和全部记录都来自县总工会。请为这台电脑建立第一位管理员。完成后,请在“报送”页保存站点公钥文件交给县总工会登记,并电话告知指纹,之后即可继续报送。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="147" />
        <source>Enter the station's full name.</source>
        <translation>请填写总工会全称。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run.py" line="150" />
        <source>Enter the administrative division code.</source>
        <translation>请填写行政区划代码。</translation>
    </message>
</context>
<context>
    <name>FirstRunRestore</name>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="164" />
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="165" />
        <source>UnionStation backups (unionstation-*.db *.db);;All files (*)</source>
        <translation>UnionStation 备份 (unionstation-*.db *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="205" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
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
    <name>HomesPage</name>
    <message>
        <location filename="../../src/unionstation/ui/homes/page.py" line="42" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/page.py" line="64" />
        <source>Venue and standard</source>
        <translation>阵地与标准</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/page.py" line="65" />
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/page.py" line="66" />
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/page.py" line="67" />
        <source>Reading room</source>
        <translation>职工书屋</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/page.py" line="68" />
        <source>Service log</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/page.py" line="91" />
        <source>All venues ({0})</source>
        <translation>全部阵地({0})</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="54" />
        <source>Import a member roster</source>
        <translation>导入会员花名册</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="72" />
        <source>Choose the roster</source>
        <translation>选择花名册</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="72" />
        <source>Spreadsheets (%1)</source>
        <translation>表格文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="83" />
        <source>Reading the roster…</source>
        <translation>正在读取花名册…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="91" />
        <source>Cannot read the roster</source>
        <translation>无法读取花名册</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="127" />
        <source>(as detected)</source>
        <translation>(自动识别)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="154" />
        <source>Cannot save the mapping</source>
        <translation>无法保存列对应</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="156" />
        <source>Mapping saved</source>
        <translation>列对应已保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="157" />
        <source>It will be offered for sheets with the same headers.</source>
        <translation>以后导入表头相同的表格时会自动提供。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="176" />
        <source>Cannot preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="201" />
        <source>Importing the roster…</source>
        <translation>正在导入花名册…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="222" />
        <source>%1 rows: %2 imported, %3 updated, %4 skipped, %5 not imported, %6 with warnings.</source>
        <translation>共 %1 行:导入 %2 行,更新 %3 行,跳过 %4 行,未导入 %5 行,有提示 %6 行。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="230" />
        <source>Most often not imported (%1 rows): %2</source>
        <translation>未导入的主要原因（%1 行）：%2</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="233" />
        <source>Some rows are not good, so nothing was imported.</source>
        <translation>有的行有错误,按“全部无误才导入”,本次没有导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="235" />
        <source>A copy of the data as it was before the import was saved in %1.</source>
        <translation>导入前的数据已另存一份备份:%1。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="246" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard.py" line="252" />
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消:没有导入任何数据。</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="123" />
        <source>Intake of batch files</source>
        <translation>导入报送批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="125" />
        <source>Import the batch files (*.usb) the stations bring on a USB stick. Each file is checked before anything changes; a file imported twice changes nothing. A receipt is written for each batch: give it back to the station.</source>
        <translation>导入各站点用U盘送来的报送批次文件(*.usb)。每个文件先校验再入库;重复导入不会改变任何数据。每个批次生成一份回执,请交回该站点。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="129" />
        <source>Import a folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="132" />
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="143" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="145" />
        <source>Beside the batch files</source>
        <translation>放在批次文件旁</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="157" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="158" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="159" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="163" />
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="165" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="166" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="167" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="168" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="171" />
        <source>No alerts: no batch has been refused.</source>
        <translation>没有警示:没有批次被拒收。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="211" />
        <source>Applied</source>
        <translation>已入库</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="89" />
        <source>The file could not be read: {0}</source>
        <translation>无法读取文件:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="199" />
        <source>a parked batch of station {0}</source>
        <translation>站点 {0} 的一个暂存批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="205" />
        <source>Parked earlier, applied now</source>
        <translation>先前暂存,现已入库</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="207" />
        <source>Parked earlier, already imported</source>
        <translation>先前暂存,此前已导入过</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="209" />
        <source>Parked earlier, refused now</source>
        <translation>先前暂存,现被拒收</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="213" />
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="215" />
        <source>Parked: an earlier batch is missing</source>
        <translation>暂存:缺少更早的批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="216" />
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="220" />
        <source>Let through by {0}</source>
        <translation>因导入 {0} 而放行</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="226" />
        <source>Unknown station</source>
        <translation>未登记的站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="227" />
        <source>Key not registered</source>
        <translation>密钥未登记</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="228" />
        <source>Revoked key</source>
        <translation>密钥已吊销</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="229" />
        <source>Bad signature</source>
        <translation>签名不符</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="230" />
        <source>Damaged file</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="231" />
        <source>File too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="232" />
        <source>Made for another county</source>
        <translation>发给其他县的批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="233" />
        <source>Same changes, different content</source>
        <translation>同一变更内容不同</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="234" />
        <source>Checksum does not match</source>
        <translation>校验值不符</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="257" />
        <source>Receipts go to: {0}</source>
        <translation>回执存放:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="258" />
        <source>Receipts go to: the folder of each batch file (back onto the stick)</source>
        <translation>回执存放:各批次文件所在文件夹(写回U盘)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="263" />
        <source>Write the receipts to</source>
        <translation>回执写入到</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="268" />
        <source>Import the batch files in</source>
        <translation>导入此文件夹中的报送批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="274" />
        <source>Import batch files</source>
        <translation>导入报送批次文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="274" />
        <source>Batch files (*.usb);;All files (*)</source>
        <translation>报送批次文件 (*.usb);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="280" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="282" />
        <source>Importing batch files…</source>
        <translation>正在导入报送批次…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="295" />
        <source>No batch files (*.usb) were found there.</source>
        <translation>那里没有报送批次文件(*.usb)。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="297" />
        <source>Applied: {0} · Already imported: {1} · Parked: {2} · Refused: {3}</source>
        <translation>入库:{0} · 已导入过:{1} · 暂存:{2} · 拒收:{3}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="303" />
        <source>Parked batches these files let through: applied {0} · already imported {1} · refused {2}</source>
        <translation>这些文件放行的暂存批次:入库 {0} · 已导入过 {1} · 拒收 {2}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="309" />
        <source>{0} receipt(s) written to {1}</source>
        <translation>已写入 {0} 份回执到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/intake.py" line="312" />
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
    <name>LabelPrinter</name>
    <message>
        <location filename="../../src/unionstation/ui/homes/label_printer.py" line="38" />
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/label_printer.py" line="42" />
        <location filename="../../src/unionstation/ui/homes/label_printer.py" line="97" />
        <location filename="../../src/unionstation/ui/homes/label_printer.py" line="106" />
        <location filename="../../src/unionstation/ui/homes/label_printer.py" line="107" />
        <source>Save offset</source>
        <translation>保存偏移量</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/label_printer.py" line="44" />
        <source>Keep this offset for the printer: every sheet printed on it is then shifted by it</source>
        <translation>为这台打印机保存偏移量:以后在它上面打印的每一页都按此移动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/label_printer.py" line="50" />
        <source>Label sheet on</source>
        <translation>标签打印机</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/label_printer.py" line="52" />
        <source>move right</source>
        <translation>向右</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/label_printer.py" line="54" />
        <source>down</source>
        <translation>向下</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/label_printer.py" line="98" />
        <source>Type or choose the printer first.</source>
        <translation>请先选择或输入打印机。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/label_printer.py" line="108" />
        <source>Offset saved for {0}: {1} mm right, {2} mm down.</source>
        <translation>已为 {0} 保存偏移量:向右 {1} 毫米,向下 {2} 毫米。</translation>
    </message>
</context>
<context>
    <name>LedgerButton</name>
    <message>
        <location filename="../../src/unionstation/ui/homes/ledgers.py" line="20" />
        <source>Ledgers (Excel)</source>
        <translation>台账(Excel)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/ledgers.py" line="25" />
        <source>Venue ledger…</source>
        <translation>阵地台账…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/ledgers.py" line="26" />
        <source>Loan ledger…</source>
        <translation>图书借阅台账…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/ledgers.py" line="27" />
        <source>This month's service logs…</source>
        <translation>本月服务记录台账…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/ledgers.py" line="51" />
        <source>Written: {0} ({1} rows)</source>
        <translation>已写入:{0}(共 {1} 行)</translation>
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
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="45" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="45" />
        <location filename="../../src/unionstation/ui/login.py" line="79" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="50" />
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="50" />
        <source>Officer: demo · Password: demo</source>
        <translation>登录名:demo · 密码:demo</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="55" />
        <source>UnionStation</source>
        <translation>UnionStation</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="59" />
        <source>The window was locked after a while without use. Your unsaved input is kept; log in to go on.</source>
        <translation>窗口在一段时间无人操作后已锁定。未保存的内容都还在,请登录后继续。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="72" />
        <source>Officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="73" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="83" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="119" />
        <source>Enter your login and password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="124" />
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="143" />
        <source>You can try again now.</source>
        <translation>现在可以重试了。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/login.py" line="146" />
        <source>Locked out after too many wrong passwords: {0} s</source>
        <translation>密码输错次数过多,已锁定:还剩 {0} 秒</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="36" />
        <source>UnionStation</source>
        <translation>工会会员管理站</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="43" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="89" />
        <source>UnionStation — {0}</source>
        <translation>工会会员管理站 — {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="90" />
        <source>Station: {0} ({1})</source>
        <translation>站点:{0}({1})</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="59" />
        <location filename="../../src/unionstation/ui/main_window.py" line="91" />
        <source>Officer: {0}</source>
        <translation>操作员:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/main_window.py" line="100" />
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
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="34" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="35" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="36" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="37" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="38" />
        <source>Grassroots union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="39" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="40" />
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="41" />
        <source>Card number</source>
        <translation>会员证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="42" />
        <source>Status</source>
        <translation>会员状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="43" />
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="44" />
        <source>Priority group</source>
        <translation>八大群体</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="45" />
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="46" />
        <source>Model worker</source>
        <translation>劳模</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="76" />
        <source>Open</source>
        <extracomment>The officer asked for the whole ID number (an audited reveal; the register asks). The admin asked for a copy of everything held on the member (PIPL; audited). The county's answers about a member (set once sync is wired in): red lines. A database query, so it runs on the worker; the lines show when it answers.</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="77" />
        <source>Open this member's registration form</source>
        <translation>打开该会员的登记表</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="79" />
        <source>Show full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="81" />
        <source>Shows the whole number; recorded in the audit trail</source>
        <translation>显示完整号码;此操作记入审计记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="86" />
        <source>Personal data copy…</source>
        <translation>个人信息副本…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="89" />
        <source>Everything held on this member and who saw it, as PDF or Excel, when the member asks (PIPL); recorded in the audit trail</source>
        <translation>会员本人申请时,导出本站保存的该会员全部个人信息及查阅记录(PDF 或 Excel,依《个人信息保护法》);此操作记入审计记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="114" />
        <source>History (newest first)</source>
        <translation>会员履历（最新在前）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="156" />
        <source>Select a member to see the details and history here.</source>
        <translation>选择一名会员，在此查看其信息和履历。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/member_detail_pane.py" line="180" />
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
        <location filename="../../src/unionstation/ui/members/form.py" line="58" />
        <source>Change status…</source>
        <translation>状态变更…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="60" />
        <source>Transfer…</source>
        <translation>转接…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="62" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="64" />
        <source>Delete a record entered by mistake</source>
        <translation>删除误录的记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="65" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="69" />
        <location filename="../../src/unionstation/ui/members/form.py" line="159" />
        <source>New member</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="71" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="73" />
        <source>Back to the register (Esc)</source>
        <translation>返回会员名册(Esc)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="74" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="76" />
        <source>Save (Ctrl+S)</source>
        <translation>保存(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="85" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="89" />
        <source>History</source>
        <translation>会员记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="157" />
        <source>{number} (given on saving)</source>
        <translation>{number}(保存时分配)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="161" />
        <source>Fill in the registration sheet; Ctrl+S saves, Esc goes back.</source>
        <translation>请按会员登记表填写;Ctrl+S 保存,Esc 返回。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="174" />
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="180" />
        <source>Use “Transfer…” to move the member to another grassroots union.</source>
        <translation>更换所属基层工会请用“转接…”。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="197" />
        <source>Member: {name}</source>
        <translation>会员:{name}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="198" />
        <source>Status: {status} · Card number: {card}</source>
        <translation>状态:{status} · 会员证号:{card}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="224" />
        <source>Choose the grassroots union this member joins.</source>
        <translation>请选择该会员所属的基层工会。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="227" />
        <source>Add a grassroots union first (Grassroots unions, on the register page), then choose it here.</source>
        <translation>请先在会员名册页的“基层工会”中添加基层工会,再在这里选择。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="238" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="253" />
        <source>Not saved: check whether this person is already a member.</source>
        <translation>未保存:请先核实此人是否已是会员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="259" />
        <source>{name} is enrolled; card number {card}.</source>
        <translation>{name} 已登记入会,会员证号 {card}。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="264" />
        <source>This ID number is already registered to {name} (card number {card}, status “{status}”). A person is enrolled only once.</source>
        <translation>该身份证号已登记在会员“{name}”名下(会员证号 {card},状态“{status}”),同一人只能登记一次。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="270" />
        <source>Open that member's record?</source>
        <translation>是否打开该会员的登记表?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="271" />
        <source>Already a member</source>
        <translation>已是会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="287" />
        <source>• {name}, {id_number}, {union}, {status} ({reason})</source>
        <translation>• {name},{id_number},{union},{status}({reason})</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="291" />
        <source>Members born on {born} with a similar name:
{lines}

Is {name} a different person? Choose Yes to enroll anyway.</source>
        <translation>出生日期同为 {born}、姓名相近的会员:
{lines}

{name} 是否为另一个人?选“是”继续登记。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="294" />
        <source>Possible duplicate</source>
        <translation>可能重复登记</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="308" />
        <source>The photo changes when you save.</source>
        <translation>照片将在保存后更换。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="316" />
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form.py" line="317" />
        <source>What you typed on this sheet has not been saved. Leave it anyway?</source>
        <translation>登记表中填写的内容尚未保存,确定离开吗?</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="55" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="56" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="57" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="58" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="59" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="60" />
        <source>Grassroots union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="61" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="62" />
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="63" />
        <source>Priority group</source>
        <translation>八大群体</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="64" />
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="65" />
        <source>Model worker</source>
        <translation>劳模</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="66" />
        <source>Card number</source>
        <translation>会员证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="67" />
        <source>Status</source>
        <translation>会员状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register_model.py" line="68" />
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
    <name>OccasionDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/hardship/occasion_dialog.py" line="29" />
        <source>Must-visit occasion</source>
        <translation>五必访事由</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/occasion_dialog.py" line="41" />
        <source>Occasion</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/occasion_dialog.py" line="42" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="28" />
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="28" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="28" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="28" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="30" />
        <source>Add officer…</source>
        <translation>添加工作人员…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="32" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="34" />
        <source>Reset password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="36" />
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="45" />
        <location filename="../../src/unionstation/ui/officers/page.py" line="106" />
        <location filename="../../src/unionstation/ui/officers/page.py" line="111" />
        <source>Officers</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="46" />
        <source>Only an administrator adds officers, disables them or resets their passwords. Your own password you change here.</source>
        <translation>只有管理员可以添加、停用工作人员或重设其密码。您可以在这里修改自己的密码。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="89" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="89" />
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="117" />
        <source>Add officer</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="127" />
        <source>{0} can log in now.</source>
        <translation>{0} 现在可以登录了。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="134" />
        <source>Disable officer</source>
        <translation>停用工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="135" />
        <source>{0} will no longer be able to log in. The audit trail keeps their name. Go on?</source>
        <translation>{0} 将不能再登录,审计记录中保留其姓名。继续吗?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="140" />
        <source>{0} is disabled.</source>
        <translation>{0} 已停用。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="146" />
        <source>New password for {0}</source>
        <translation>为 {0} 设置新密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="154" />
        <source>{0} has a new password; the old one no longer works.</source>
        <translation>{0} 已设置新密码,旧密码已失效。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="157" />
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/page.py" line="166" />
        <source>Your password is changed.</source>
        <translation>您的密码已修改。</translation>
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
    <name>OverviewView</name>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="46" />
        <source>New file</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="49" />
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="198" />
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="53" />
        <source>Files ledger</source>
        <translation>困难职工档案台账</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="54" />
        <source>Visits ledger</source>
        <translation>走访慰问台账</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="55" />
        <source>Payments ledger</source>
        <translation>帮扶资金发放台账</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="59" />
        <source>Campaigns</source>
        <translation>帮扶活动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="62" />
        <source>Hardship aid</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="68" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="76" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="81" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="84" />
        <source>Re-check due</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="88" />
        <source>Name, file number or ID number</source>
        <translation>姓名、档案号或身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="94" />
        <source>File no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="94" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="94" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="95" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="95" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="96" />
        <source>Income per capita</source>
        <translation>人均月收入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="96" />
        <source>Next re-check</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="97" />
        <source>Union</source>
        <translation>所属工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="129" />
        <source>Your role may not see hardship files.</source>
        <translation>您的角色无权查看困难职工档案。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="144" />
        <source>Nothing is due.</source>
        <translation>暂无待办事项。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="145" />
        <source>Reminders ({0})</source>
        <translation>提醒({0})</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="149" />
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="164" />
        <source>Hardship files</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="170" />
        <source>{0} files</source>
        <translation>共 {0} 份档案</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="199" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="207" />
        <source>Writing the ledger…</source>
        <translation>正在导出台账…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/overview.py" line="209" />
        <source>{0} rows written to {1}.</source>
        <translation>已导出 {0} 行到 {1}。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="18" />
        <source>Members</source>
        <translation>会员管理</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="19" />
        <source>Registration, enrollment drives, the register and transfers.</source>
        <translation>会员实名登记、集中入会、会员名册查询与会员关系接转。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="20" />
        <source>Workers' homes</source>
        <translation>职工之家</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="21" />
        <source>Workers' homes, reading rooms, rest stops and their equipment.</source>
        <translation>职工之家、职工书屋、母婴关爱室、户外劳动者服务站点及其设施设备台账。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="22" />
        <source>Hardship aid</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="23" />
        <source>Households in hardship, visits and money handed over.</source>
        <translation>困难职工建档、走访慰问及每一笔帮扶资金的发放记录。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="25" />
        <source>Changes sent to the county by USB stick or network; receipts.</source>
        <translation>通过U盘或网络向县总工会报送数据变更,查看回执。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="30" />
        <source>Officers</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="31" />
        <source>Who may log in, with which role; passwords.</source>
        <translation>谁可以登录、以什么角色登录,以及密码。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="32" />
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="33" />
        <source>Who did what and when; the chain's check.</source>
        <translation>谁在什么时候做了什么;哈希链校验。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="24" />
        <source>Reporting</source>
        <translation>数据报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="26" />
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="27" />
        <source>Figures on members, venues and hardship aid for the county.</source>
        <translation>会员、阵地和帮扶工作的统计报表。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="28" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="29" />
        <source>The station's details, officers, printing and reporting.</source>
        <translation>站点信息、操作员、打印与报送设置。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/officers/dialogs.py" line="48" />
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/dialogs.py" line="49" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/dialogs.py" line="50" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/dialogs.py" line="54" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/dialogs.py" line="57" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/dialogs.py" line="58" />
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/dialogs.py" line="73" />
        <source>Enter the officer's login.</source>
        <translation>请输入工作人员的登录名。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/dialogs.py" line="75" />
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/dialogs.py" line="77" />
        <source>The password needs at least {0} characters.</source>
        <translation>密码至少需要 {0} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/officers/dialogs.py" line="79" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
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
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="62" />
        <source>Photo file is missing</source>
        <translation>照片文件缺失</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="74" />
        <source>Choose the member's photo</source>
        <translation>选择会员照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="75" />
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="83" />
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="105" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_photo.py" line="84" />
        <source>{name} is not a picture that can be read (JPG, PNG or BMP).</source>
        <translation>{name} 不是可识别的图片(支持JPG、PNG、BMP)。</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/members/photo_crop.py" line="188" />
        <source>Crop the photo</source>
        <translation>裁剪照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/photo_crop.py" line="189" />
        <source>Drag the frame to move it; drag a corner or turn the mouse wheel to resize it (arrow keys and +/− work too). The photo is cut to one inch, 25×35 mm.</source>
        <translation>拖动方框可移动位置;拖动四角或滚动鼠标滚轮可调整大小(也可用方向键和 +/− 键)。照片按一寸(25×35毫米)裁剪。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/unionstation/ui/pages.py" line="91" />
        <source>This part is not in this version of UnionStation yet; it comes with a later update. Nothing is wrong with the program or your data.</source>
        <translation>本版本尚未包含这部分功能，将在以后的更新中提供。程序和您的数据都没有问题。</translation>
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
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="152" />
        <source>This roster has no union column: choose the union these members go to.</source>
        <translation>这份花名册没有所属工会列：请选择这些会员归入哪个基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="160" />
        <source>Skip members already in the station</source>
        <translation>本站已有的会员:跳过</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="162" />
        <source>Update members already in the station (filled cells only)</source>
        <translation>本站已有的会员:更新(只更新表中填写了的项)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="164" />
        <source>Import only if every row is good</source>
        <translation>全部无误才导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="166" />
        <source>Whole ID numbers and phones in the report (recorded in the audit log)</source>
        <translation>导入报告中写完整身份证号和电话(记入审计日志)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="170" />
        <source>Union for rows without one</source>
        <translation>未填所属工会的行归入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="184" />
        <source>(none)</source>
        <translation>(不指定)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="237" />
        <source>None of these rows can be imported as they are.</source>
        <translation>这些行都无法按原样导入。</translation>
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
        <location filename="../../src/unionstation/ui/printing/actions.py" line="135" />
        <source>Nobody there gets a membership card yet.</source>
        <translation>这里还没有可以发放会员证的会员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="168" />
        <source>Members without a photo</source>
        <translation>会员没有照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="169" />
        <source>{count} of these members have no photo ({names}); their cards would print with an empty photo box. Print them anyway?</source>
        <translation>其中 {count} 名会员没有照片（{names}），会员证上的照片位置将是空的。仍然打印吗？</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="217" />
        <source>Preparing {0}…</source>
        <translation>正在生成{0}…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="235" />
        <location filename="../../src/unionstation/ui/printing/actions.py" line="238" />
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/actions.py" line="239" />
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
        <location filename="../../src/unionstation/ui/printing/preview.py" line="42" />
        <source>Print preview: {0}</source>
        <translation>打印预览：{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="52" />
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="56" />
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="59" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="63" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="66" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="78" />
        <source>Fill in a pre-printed form (prints only the data)</source>
        <translation>套打（在印好的表格上只打印填写内容）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="82" />
        <source>A4 sheets of cards with crop marks (duplex)</source>
        <translation>A4 整版会员证（带裁切线，双面打印）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="83" />
        <source>One card per page (card printer)</source>
        <translation>每页一张（证卡打印机）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="89" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="92" />
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="94" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/printing/preview.py" line="204" />
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
    <name>PrintingBox</name>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="25" />
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="28" />
        <source>A4 sheets of ten cards (duplex)</source>
        <translation>A4纸每张10张会员证（双面）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="29" />
        <source>One card per page (card printer)</source>
        <translation>每页一张会员证（证卡打印机）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="32" />
        <source>The day the card is printed</source>
        <translation>打印当天</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="33" />
        <source>The day the member joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="41" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="46" />
        <source>Membership cards</source>
        <translation>会员证版式</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="47" />
        <source>Card's date of issue</source>
        <translation>会员证发证日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="49" />
        <source>Font used</source>
        <translation>使用的字体</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="50" />
        <source>Fonts found</source>
        <translation>找到的字体</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="51" />
        <source>Printer offsets</source>
        <translation>打印机偏移</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="73" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="76" />
        <source>{printer}: {x} mm right, {y} mm down</source>
        <translation>{printer}：向右 {x} 毫米，向下 {y} 毫米</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="78" />
        <source>None set. Print the calibration page (Print → Calibrate) to set one.</source>
        <translation>尚未设置。打印校准页（打印 → 校准）后设置。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/printing_box.py" line="87" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="25" />
        <source>Retention of personal data</source>
        <translation>个人信息保存期限</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="32" />
        <source>Count (dry run)</source>
        <translation>清点(演练)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="35" />
        <source>Purge…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="42" />
        <source>Members who left before</source>
        <translation>离会早于</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="44" />
        <source>Count first; a purge removes them for good (tables, search, free pages) and tells the county to purge them too. Both are in the audit trail.</source>
        <translation>请先清点;彻底删除会从数据表、检索索引和空闲页中永久清除,并通知县总工会一并删除。两项操作都记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="62" />
        <source>Counting…</source>
        <translation>正在清点…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="62" />
        <source>Purging…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="75" />
        <source>Count first, for this day.</source>
        <translation>请先按这个日期清点一次。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="77" />
        <source>Purge members</source>
        <translation>彻底删除会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="78" />
        <source>Remove the {0} member(s) who left before {1} for good? This cannot be undone, except from a backup.</source>
        <translation>要永久删除 {1} 以前离会的 {0} 名会员吗?除非从备份恢复,否则无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="88" />
        <source>{0} member(s) who left before {1} are purged.</source>
        <translation>已彻底删除 {1} 以前离会的会员 {0} 名。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/privacy_box.py" line="93" />
        <source>{0} member(s) left before {1}; nothing is removed yet.</source>
        <translation>{1} 以前离会的会员共 {0} 名;尚未删除任何数据。</translation>
    </message>
</context>
<context>
    <name>PrivacyExport</name>
    <message>
        <location filename="../../src/unionstation/ui/members/privacy_actions.py" line="47" />
        <source>Copy of a member's personal data</source>
        <translation>会员个人信息副本</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/privacy_actions.py" line="48" />
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/privacy_actions.py" line="49" />
        <source>personal data copy.pdf</source>
        <translation>个人信息副本.pdf</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/privacy_actions.py" line="57" />
        <location filename="../../src/unionstation/ui/members/privacy_actions.py" line="64" />
        <source>Personal data copy</source>
        <translation>个人信息副本</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/privacy_actions.py" line="58" />
        <source>Everything held on this member, and who saw it, is written to
{0}

Hand it to the member only; the export is in the audit trail.</source>
        <translation>该会员的全部个人信息及查阅记录已写入
{0}

请只交给会员本人;此次导出已记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/privacy_actions.py" line="69" />
        <source>Writing the personal data copy…</source>
        <translation>正在写出个人信息副本…</translation>
    </message>
</context>
<context>
    <name>ReadingTab</name>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="31" />
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="40" />
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="59" />
        <source>Title</source>
        <translation>书名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="32" />
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="62" />
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="33" />
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="34" />
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="68" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="35" />
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="71" />
        <source>Donor</source>
        <translation>捐赠者</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="36" />
        <source>Copies</source>
        <translation>册数</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="37" />
        <source>Available</source>
        <translation>在架</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="41" />
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="216" />
        <source>Reader</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="42" />
        <source>Card number</source>
        <translation>会员证号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="43" />
        <source>Lent</source>
        <translation>借出日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="44" />
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="45" />
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="75" />
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="204" />
        <source>Add book</source>
        <translation>登记图书</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="90" />
        <source>Reader's card number (or scan the card) or name, then Enter</source>
        <translation>借阅人会员证号(或扫描会员证)或姓名,按回车</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="99" />
        <source>The loan date: today, or the day on a paper record</source>
        <translation>借出日期:今天,或纸质登记上的日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="103" />
        <source>Lend the selected book</source>
        <translation>借出所选图书</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="110" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="111" />
        <source>The loan period: a loan is due this many days after its loan date</source>
        <translation>借期:借出后多少天应还</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="114" />
        <source>Set loan period</source>
        <translation>设定借期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="121" />
        <source>Your role may not change the loan period.</source>
        <translation>您的角色不能修改借期。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="130" />
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="133" />
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="258" />
        <source>Returned</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="136" />
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="263" />
        <source>Renew</source>
        <translation>续借</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="149" />
        <source>The month whose readers and loans are counted</source>
        <translation>统计借阅人数和册次的月份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="154" />
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="250" />
        <source>Loan period</source>
        <translation>借期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="195" />
        <source>{0} readers, {1} loans</source>
        <translation>借阅人 {0} 人,借阅 {1} 册次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="197" />
        <source>{0}-{1:02d}: {2} readers, {3} loans</source>
        <translation>{0}-{1:02d}:借阅人 {2} 人,借阅 {3} 册次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="219" />
        <source>No active member with card number or name “{0}”.</source>
        <translation>没有会员证号或姓名为“{0}”的在册会员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="225" />
        <source>Reader: {0}</source>
        <translation>借阅人:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="231" />
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="236" />
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="232" />
        <source>Select one book and find the reader first.</source>
        <translation>请先选择一本书并查到借阅人。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="239" />
        <source>Lent “{0}” to {1}, due {2}.</source>
        <translation>《{0}》已借给 {1},应还日期 {2}。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/reading_tab.py" line="252" />
        <source>New loans are due {0} days after the loan date.</source>
        <translation>今后借出的图书,应还日期为借出后 {0} 天。</translation>
    </message>
</context>
<context>
    <name>Rebuild</name>
    <message>
        <location filename="../../src/unionstation/ui/rebuild.py" line="24" />
        <source>Rebuild from the county</source>
        <translation>从县总工会重建</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/rebuild.py" line="25" />
        <source>Re-base files (*.rebase);;All files (*)</source>
        <translation>重建文件 (*.rebase);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/rebuild.py" line="29" />
        <source>The one-time code the county read out by phone:</source>
        <translation>县总工会电话告知的一次性重建码:</translation>
    </message>
</context>
<context>
    <name>RecoveryFlow</name>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="84" />
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="192" />
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="203" />
        <source>Recovery</source>
        <translation>恢复数据</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="87" />
        <source>Database damaged: recovery needed</source>
        <translation>数据库已损坏:需要恢复</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="99" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="100" />
        <source>Put the backup {0} back? Work done after it was taken is lost; the damaged file is kept in the folder damaged/.</source>
        <translation>要恢复备份 {0} 吗?备份之后录入的内容会丢失;损坏的文件保留在 damaged/ 文件夹里。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="115" />
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="131" />
        <source>Salvaging…</source>
        <translation>正在抢救…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="136" />
        <source>Re-base from the county</source>
        <translation>从县总工会重建</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="137" />
        <source>Re-base files (*.rebase);;All files (*)</source>
        <translation>重建文件 (*.rebase);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="141" />
        <source>The one-time code the county read out by phone:</source>
        <translation>县总工会电话告知的一次性重建码:</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="146" />
        <source>Re-based from the county: {0} records, {1} active members; reporting resumes at change no. {2}.</source>
        <translation>已按县总工会的数据重建:{0} 条记录,在册会员 {1} 人;报送从第 {2} 号变更继续。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/flow.py" line="176" />
        <source>Re-basing from the county…</source>
        <translation>正在按县总工会的数据重建…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="38" />
        <source>Details: {0}</source>
        <translation>详情:{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="42" />
        <source>Whatever you choose, the damaged file is moved to the folder {0} and never deleted or overwritten.</source>
        <translation>无论选择哪一种,损坏的文件都会移到文件夹 {0},不会被删除或覆盖。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="49" />
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="49" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="49" />
        <source>Active members</source>
        <translation>在册会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="49" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="55" />
        <source>There is no backup of this station.</source>
        <translation>本站还没有任何备份。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="59" />
        <source>Restore the selected backup</source>
        <translation>恢复选中的备份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="63" />
        <source>Salvage what can be read…</source>
        <translation>抢救能读出的数据…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="66" />
        <source>Re-base from the county…</source>
        <translation>从县总工会重建(re-base)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="75" />
        <source>Restore puts the selected backup back: work done after it was taken is lost. Salvage reads every record that can still be read from the damaged file into a new, checked database, and adds what is newer than the selected backup to it. Re-base restores the selected backup (or salvages, when there is none) and then imports the county's re-base file, bringing back everything the county already holds; ask the county for the file and its one-time code.</source>
        <translation>“恢复”放回所选的备份:备份之后所做的工作会丢失。“抢救”把损坏文件中还能读出的每条记录读入一个经过检查的新数据库,并把比所选备份更新的内容加上去。“用重建文件恢复”先放回所选备份(没有备份时先抢救),再导入县总工会的重建文件,找回县总工会已有的全部数据;请向县总工会索取重建文件和一次性重建码。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="91" />
        <source>The station's database cannot be opened</source>
        <translation>本站的数据库无法打开</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="94" />
        <source>Backups, newest first</source>
        <translation>备份(新的在前)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="103" />
        <source>The database file is missing, but this folder holds this station's keys or backups.</source>
        <translation>数据库文件不见了,但这个文件夹里有本站的密钥或备份。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="105" />
        <source>The database file is empty (0 bytes): it holds no data.</source>
        <translation>数据库文件是空的(0 字节),里面没有任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="106" />
        <source>The database file is not this station's database: another file took its place, or it was encrypted under another station's key.</source>
        <translation>数据库文件不是本站的数据库:被别的文件替换了,或者是用别的站点的密钥加密的。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="109" />
        <source>The database file is damaged (a failing disk, a power cut or a copy broken off).</source>
        <translation>数据库文件已损坏(硬盘故障、突然断电或复制中断)。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="116" />
        <source>hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="116" />
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="116" />
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="117" />
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="117" />
        <source>enrollment drive</source>
        <translation>集中入会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="118" />
        <source>at close</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="118" />
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="119" />
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/recovery/page.py" line="120" />
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
    <message>
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="166" />
        <source>%1+ members</source>
        <translation>共 %1+ 名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="168" />
        <source>%n member(s)</source>
        <translation>
            <numerusform>共 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/unionstation/ui/members/register_filters.py" line="171" />
        <source>Model workers: %n</source>
        <translation>
            <numerusform>劳模 %n 名</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="89" />
        <source>Import a roster (Excel or CSV)…</source>
        <translation>导入花名册(Excel 或 CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="95" />
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="126" />
        <source>Click to sort; right-click to choose the columns</source>
        <translation>点击表头排序；右键选择显示的列</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="286" />
        <source>No members yet. Press “New member” to register one, or “Enrollment drive” to enter many at once.</source>
        <translation>还没有会员。点击“新增会员”登记一名会员，或用“集中入会”一次登记多人。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="289" />
        <source>No members match. Check the search words or choose wider filters.</source>
        <translation>没有符合条件的会员。请检查搜索内容，或放宽筛选条件。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="293" />
        <source>No member selected.</source>
        <translation>未选择会员。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/register.py" line="315" />
        <source>Member</source>
        <translation>会员</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="53" />
        <location filename="../../src/unionstation/ui/reports/page.py" line="151" />
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="61" />
        <source> (year)</source>
        <translation> 年度</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="64" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="66" />
        <source>Export to PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="68" />
        <source>Monthly member report…</source>
        <translation>会员月报…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="79" />
        <source>Year:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="97" />
        <location filename="../../src/unionstation/ui/reports/page.py" line="104" />
        <source>Venues</source>
        <translation>职工之家阵地</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="103" />
        <source>Hardship files</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="91" />
        <source>Members at the end of each month</source>
        <translation>各月末在册会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="92" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="92" />
        <source>Active at month end</source>
        <translation>月末在册</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="92" />
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="93" />
        <source>Transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="93" />
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="93" />
        <source>Left</source>
        <translation>减少</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="94" />
        <source>Hardship files by category</source>
        <translation>困难职工档案(按类别)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="95" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="95" />
        <source>Files</source>
        <translation>档案数</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="96" />
        <source>Venues by kind</source>
        <translation>阵地(按类型)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="97" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="98" />
        <source>Money paid by campaign (yuan)</source>
        <translation>各项活动发放金额(元)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="99" />
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="99" />
        <source>Paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="100" />
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="100" />
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="102" />
        <source>Members by month</source>
        <translation>会员月度情况</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="105" />
        <source>Money by campaign</source>
        <translation>活动发放金额</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="139" />
        <source>Month {0}</source>
        <translation>{0}月</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="157" />
        <source>Export the annual report to Excel</source>
        <translation>导出年度统计报表(Excel)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="157" />
        <location filename="../../src/unionstation/ui/reports/page.py" line="177" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="161" />
        <source>Export the annual report to PDF</source>
        <translation>导出年度统计报表(PDF)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="161" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="166" />
        <source>Export the monthly member report</source>
        <translation>导出基层工会会员情况月报</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="167" />
        <source>Month (for example 2026-03):</source>
        <translation>月份(例如 2026-03):</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="175" />
        <source>“{0}” is not a month; write it as 2026-03.</source>
        <translation>“{0}”不是有效的月份,请写成 2026-03 的形式。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="191" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/reports/page.py" line="193" />
        <source>The report was written to {0}.</source>
        <translation>报表已导出到 {0}。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="58" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="60" />
        <source>Backup: {0}
It opens with the password of an officer of the station it came from, or with its recovery code.</source>
        <translation>备份:{0}
用原站点任一工作人员的密码,或者原站点的恢复码打开。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="64" />
        <source>An officer's password</source>
        <translation>工作人员的密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="65" />
        <source>The recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="84" />
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="85" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="87" />
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="88" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="89" />
        <source>New password again</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="90" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="94" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="118" />
        <source>Enter the recovery code from the sheet in the office safe.</source>
        <translation>请输入锁在办公室保险柜里的恢复码单上的恢复码。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="120" />
        <source>Choose a new password of at least {0} characters.</source>
        <translation>请设置至少 {0} 个字符的新密码。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="123" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="126" />
        <source>Enter your login and password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/first_run_restore.py" line="135" />
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="249" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="250" />
        <source>Start import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="252" />
        <source>Press “Start import”. You can cancel while it runs; a cancelled import changes nothing.</source>
        <translation>请按“开始导入”。导入过程中可以取消;取消后不会改动任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/import_wizard_pages.py" line="259" />
        <source>Open the report</source>
        <translation>打开导入报告</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <location filename="../../src/unionstation/ui/settings/security_box.py" line="22" />
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/security_box.py" line="26" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/security_box.py" line="28" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/security_box.py" line="33" />
        <source>Lock the window after idle</source>
        <translation>无操作自动锁定</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/security_box.py" line="35" />
        <source>With no key or mouse for this long, the window hides behind the login; unsaved input is kept.</source>
        <translation>这么长时间没有键盘或鼠标操作,窗口即锁定并要求重新登录;未保存的输入会保留。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/security_box.py" line="47" />
        <source>Saved: the window locks after {0} idle minutes.</source>
        <translation>已保存:无操作 {0} 分钟后锁定窗口。</translation>
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
    <name>ServicesTab</name>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="32" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="33" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="34" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="35" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="36" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="37" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="38" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="53" />
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="56" />
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="75" />
        <source>Subsidy claim (PDF)…</source>
        <translation>服务补贴申领表(PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="117" />
        <source>Week of {0}</source>
        <translation>{0} 所在周</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="122" />
        <source>Choose a venue.</source>
        <translation>请先选择阵地。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="127" />
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="128" />
        <source>{0:%Y-%m}: {1}; total {2}</source>
        <translation>{0:%Y-%m}:{1};合计 {2} 次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="131" />
        <source>; subsidy ¥{0}</source>
        <translation>;补贴 ¥{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="140" />
        <source>“{0}” is not a count; type a whole number.</source>
        <translation>“{0}”不是次数,请输入整数。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="159" />
        <source>Save the subsidy claim</source>
        <translation>保存服务补贴申领表</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/services_tab.py" line="161" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <location filename="../../src/unionstation/ui/settings/common.py" line="36" />
        <source>Your role may not change this setting.</source>
        <translation>您的角色不能修改此设置。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/unionstation/ui/settings/page.py" line="38" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>StationBox</name>
    <message>
        <location filename="../../src/unionstation/ui/settings/station_box.py" line="19" />
        <source>The station</source>
        <translation>本站</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/station_box.py" line="33" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/station_box.py" line="39" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/station_box.py" line="40" />
        <source>Station code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/station_box.py" line="41" />
        <source>The county knows the station by this code; to change it, ask the county federation.</source>
        <translation>县总工会以此代码识别本站；如需更改，请联系县总工会。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/station_box.py" line="43" />
        <source>County federation</source>
        <translation>县总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/station_box.py" line="44" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/station_box.py" line="45" />
        <source>The name that signs every change, until officers log in with their own accounts.</source>
        <translation>每项变更都以此姓名署名，直到干事使用自己的账号登录。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/station_box.py" line="47" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/station_box.py" line="48" />
        <source>The language is used from the next start.</source>
        <translation>下次启动时使用新的语言。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/station_box.py" line="71" />
        <source>Saved. The new name goes to the county with the next report.</source>
        <translation>已保存。新名称将随下一次报送报给县总工会。</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="101" />
        <source>Stations</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="102" />
        <source>County key fingerprint (stations check it by phone when they import their enrolment file): {0}</source>
        <translation>县总工会密钥指纹(站点导入登记文件时电话核对):{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="108" />
        <source>Enrol station…</source>
        <translation>登记站点…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="111" />
        <source>Register station key…</source>
        <translation>登记站点公钥…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="114" />
        <location filename="../../src/unionstation/ui/county/stations.py" line="290" />
        <location filename="../../src/unionstation/ui/county/stations.py" line="300" />
        <source>Revoke key</source>
        <translation>吊销密钥</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="117" />
        <source>Make re-base file…</source>
        <translation>制作重建文件(re-base)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="120" />
        <source>The county's copy of every record of the selected station and how far the county has applied its changes: for a station restored from an old backup, or rebuilt on a new laptop.</source>
        <translation>县总工会保存的所选站点全部记录,以及县里已接收到第几条变更:用于从旧备份恢复的站点,或在新电脑上重建的站点。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="124" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="134" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="135" />
        <source>Station name</source>
        <translation>总工会名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="136" />
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="137" />
        <source>not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="138" />
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="138" />
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="139" />
        <source>Applied through</source>
        <translation>已入库至变更序号</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="140" />
        <source>Last batch</source>
        <translation>最近批次</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="141" />
        <source>Parked</source>
        <translation>暂存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="142" />
        <source>Members</source>
        <translation>在册会员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="232" />
        <source>Save enrolment file</source>
        <translation>保存登记文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="232" />
        <source>Enrolment files (*.enrol)</source>
        <translation>登记文件 (*.enrol)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="246" />
        <source>Enrol station</source>
        <translation>登记站点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="247" />
        <source>Saved {0}. Give it to the station. When they import it, read them the county key fingerprint by phone; then register the station key file they send back.</source>
        <translation>已保存 {0}。请交给该站点;对方导入时,电话向其念出县总工会密钥指纹;再登记对方送回的站点公钥文件。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="255" />
        <location filename="../../src/unionstation/ui/county/stations.py" line="269" />
        <location filename="../../src/unionstation/ui/county/stations.py" line="281" />
        <source>Register station key</source>
        <translation>登记站点公钥</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="256" />
        <source>Station key files (*.key);;All files (*)</source>
        <translation>站点公钥文件 (*.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="270" />
        <source>Station {0} ({1}) sent a key with the fingerprint:
{2}

Ask the station to read theirs by phone. Register the key only if the two are the same. Register it?</source>
        <translation>站点 {0}({1})送来的公钥指纹为:
{2}

请该站电话念出本站显示的指纹,两者一致才能登记。登记吗?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="282" />
        <source>The key of station {0} ({1}) is registered; its batches are accepted now.</source>
        <translation>站点 {0}({1})的公钥已登记,今后接收其报送批次。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="291" />
        <source>Revoke every key of station {0} ({1})? Its batches are refused until it registers a new key. Use this when a laptop is lost.</source>
        <translation>吊销站点 {0}({1})的全部密钥?在该站登记新密钥之前,它的批次一律拒收。电脑丢失时使用。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="301" />
        <source>{0} key(s) revoked.</source>
        <translation>已吊销 {0} 把密钥。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="310" />
        <location filename="../../src/unionstation/ui/county/stations.py" line="323" />
        <source>Make re-base file</source>
        <translation>制作重建文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="310" />
        <source>Re-base files (*.rebase)</source>
        <translation>重建文件 (*.rebase)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="317" />
        <source>Writing the re-base file…</source>
        <translation>正在写入重建文件…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/county/stations.py" line="324" />
        <source>Saved {0}: {1} records of station {2}, {3} active members; the county has applied its changes through no. {4}.

Read this one-time code to the station by phone (never send it with the file):
{5}

The station imports the file on its Reporting page (Re-base from the county).</source>
        <translation>已保存 {0}:站点 {2} 的 {1} 条记录,在册会员 {3} 人;县总工会已接收至第 {4} 条变更。

请电话告知站点这个一次性重建码(不要与文件一起传送):
{5}

站点在“报送”页用“从县总工会重建(re-base)”导入此文件。</translation>
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
    <name>StocktakeTab</name>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="26" />
        <source>Tag</source>
        <translation>资产标签</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="27" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="28" />
        <source>On the books</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="29" />
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="30" />
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="45" />
        <source>Start a stocktake</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="53" />
        <source>Scan a label or type a tag, then Enter</source>
        <translation>扫描资产标签或输入标签号,按回车</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="60" />
        <source>Counted by (two names)</source>
        <translation>盘点人(两人)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="61" />
        <source>Close the stocktake</source>
        <translation>结束盘点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="64" />
        <source>Report (PDF)…</source>
        <translation>盘点表(PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="73" />
        <source>Count:</source>
        <translation>清点:</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="102" />
        <source>No stocktake open for this venue.</source>
        <translation>该阵地没有进行中的盘点。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="103" />
        <source>Choose a venue.</source>
        <translation>请先选择阵地。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="113" />
        <source>(not on the books)</source>
        <translation>(账外)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="117" />
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="117" />
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="118" />
        <source>Stocktake {0} ({1}): {2} of {3} counted, missing {4}, surplus {5}</source>
        <translation>第 {0} 次盘点({1}):已盘 {2} / {3} 项,盘亏 {4} 项,盘盈 {5} 项</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="128" />
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="155" />
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="146" />
        <source>{0}: counted {1} of {2}</source>
        <translation>{0}:实盘 {1} / 账面 {2}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="169" />
        <source>Save the stocktake report</source>
        <translation>保存盘点表</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/stocktake_tab.py" line="171" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="58" />
        <source>Reporting</source>
        <translation>数据报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="64" />
        <location filename="../../src/unionstation/ui/sync/actions.py" line="84" />
        <source>Import enrolment file</source>
        <translation>导入登记文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="65" />
        <source>Enrolment files (*.enrol);;All files (*)</source>
        <translation>登记文件 (*.enrol);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="78" />
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
        <location filename="../../src/unionstation/ui/sync/actions.py" line="91" />
        <source>Enrolment imported</source>
        <translation>登记文件已导入</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="92" />
        <source>The station is enrolled with {0} as station {1}. Now save the station key file for the county to register.</source>
        <translation>本站已在{0}登记,站点代码 {1}。请接着保存本站公钥文件,交县总工会登记。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="101" />
        <source>Save station key file</source>
        <translation>保存本站公钥文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="101" />
        <source>Station key files (*.key)</source>
        <translation>站点公钥文件 (*.key)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="116" />
        <source>Station key saved</source>
        <translation>本站公钥文件已保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="117" />
        <source>Saved {0}. Give this file to the county, and read them its fingerprint by phone:
{1}</source>
        <translation>已保存 {0}。请把此文件交给县总工会,并电话向对方念出指纹:
{1}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="124" />
        <source>Export the batch to</source>
        <translation>报送批次导出到</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="131" />
        <source>Writing the batch file…</source>
        <translation>正在写入报送批次文件…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="136" />
        <location filename="../../src/unionstation/ui/sync/actions.py" line="140" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="137" />
        <source>Nothing to export: the county has acknowledged every change.</source>
        <translation>没有可导出的变更:县总工会已确认全部变更。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="141" />
        <source>Wrote {0}: {1} changes (no. {2} to {3}). Take it to the county, then import the receipt they give back.</source>
        <translation>已写入 {0}:{1} 条变更(第 {2} 至 {3} 条)。请交到县总工会,再导入对方给回的回执。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="149" />
        <source>Import receipt</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="149" />
        <source>Receipts (*.ack);;All files (*)</source>
        <translation>回执 (*.ack);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="154" />
        <source>Reading the receipt…</source>
        <translation>正在读取回执…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="157" />
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="163" />
        <location filename="../../src/unionstation/ui/sync/actions.py" line="173" />
        <source>Resend everything</source>
        <translation>全部重新报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="164" />
        <source>Every change this station has made goes back to waiting and is sent again with the next batch. The county applies each change only once, so nothing is doubled. Continue?</source>
        <translation>本站的全部变更将重新列为待报送,随下一个批次再报送一次。县总工会每条变更只入库一次,不会重复。继续吗?</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="174" />
        <source>{0} changes wait to be sent again.</source>
        <translation>{0} 条变更等待重新报送。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="183" />
        <location filename="../../src/unionstation/ui/sync/actions.py" line="190" />
        <location filename="../../src/unionstation/ui/sync/actions.py" line="195" />
        <location filename="../../src/unionstation/ui/sync/actions.py" line="207" />
        <source>Re-base from the county</source>
        <translation>从县总工会重建</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="184" />
        <source>Download the re-base file from the county server {0}? (No: pick the file the county gave on a USB stick.)</source>
        <translation>从县总工会服务器 {0} 下载重建文件吗?(选“否”则选择县总工会用U盘给的文件。)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="187" />
        <location filename="../../src/unionstation/ui/sync/actions.py" line="203" />
        <source>Re-basing from the county…</source>
        <translation>正在按县总工会的数据重建…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="191" />
        <source>Re-base files (*.rebase);;All files (*)</source>
        <translation>重建文件 (*.rebase);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="196" />
        <source>The one-time code the county read out by phone:</source>
        <translation>县总工会电话告知的一次性重建码:</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/actions.py" line="208" />
        <source>The station now holds the county's {0} records ({1} active members). {2} records entered here since the restore were kept and go up with the next batch. Reporting resumes at change no. {3}.</source>
        <translation>本站已按县总工会的数据重建:{0} 条记录(在册会员 {1} 人)。恢复后在本机新录入的 {2} 条记录已保留,将随下一批报送。报送从第 {3} 条变更继续。</translation>
    </message>
</context>
<context>
    <name>SyncBox</name>
    <message>
        <location filename="../../src/unionstation/ui/settings/sync_box.py" line="20" />
        <source>Reporting to the county</source>
        <translation>向县总工会报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/sync_box.py" line="24" />
        <source>Upload by itself whenever the county answers</source>
        <translation>县总工会服务器可连接时自动上传</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/sync_box.py" line="30" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/sync_box.py" line="35" />
        <source>County server</source>
        <translation>县总工会地址</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/sync_box.py" line="38" />
        <source>This station's key</source>
        <translation>本站密钥指纹</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/sync_box.py" line="39" />
        <source>County's key</source>
        <translation>县总工会密钥指纹</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/sync_box.py" line="50" />
        <source>not made yet (made when the county's enrolment file is imported)</source>
        <translation>尚未生成（导入县总工会登记文件时生成）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/sync_box.py" line="54" />
        <source>no enrolment file imported yet</source>
        <translation>尚未导入登记文件</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/sync_box.py" line="63" />
        <source>Saved.</source>
        <translation>已保存。</translation>
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
        <location filename="../../src/unionstation/ui/sync/page.py" line="75" />
        <source>Reporting to the county</source>
        <translation>向县总工会报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="76" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="85" />
        <source>Resend everything…</source>
        <translation>全部重新报送…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="88" />
        <source>Re-base from the county…</source>
        <translation>从县总工会重建(re-base)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="91" />
        <source>Import the county's re-base file: the station gets the county's copy of every record back, keeps what was entered here since a restore, and reporting resumes.</source>
        <translation>导入县总工会的重建文件:本站取回县里保存的全部记录,保留恢复后在本机新录入的数据,报送随即恢复。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="150" />
        <source>Changes for the county</source>
        <translation>报送给县总工会的变更</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="160" />
        <source>Not sent yet</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="161" />
        <source>Sent, awaiting the county's confirmation</source>
        <translation>待县总工会确认</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="162" />
        <source>Confirmed by the county</source>
        <translation>县总工会已确认</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="163" />
        <source>Not accepted by the county</source>
        <translation>县总工会未接收</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="165" />
        <source>Last export</source>
        <translation>上次导出</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="166" />
        <source>Last receipt</source>
        <translation>上次回执</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="170" />
        <source>Enrolment with the county</source>
        <translation>县总工会登记</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="172" />
        <source>This station is not enrolled with the county yet. It works as usual, but it cannot export anything until you import the enrolment file the county federation gives you.</source>
        <translation>本站尚未在县总工会登记。可以照常工作,但在导入县总工会发来的登记文件之前,不能导出报送数据。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="184" />
        <source>County federation</source>
        <translation>县(区)总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="185" />
        <source>Station code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="186" />
        <source>County key</source>
        <translation>县总工会密钥</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="187" />
        <location filename="../../src/unionstation/ui/sync/page.py" line="275" />
        <source>Import enrolment file…</source>
        <translation>导入登记文件…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="198" />
        <source>Station key</source>
        <translation>本站密钥</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="199" />
        <source>When the county registers this station's key, read them this fingerprint by phone:</source>
        <translation>县总工会登记本站公钥时,请电话向对方念出以下指纹:</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="204" />
        <source>Save station key file…</source>
        <translation>保存本站公钥文件…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="242" />
        <location filename="../../src/unionstation/ui/sync/page.py" line="243" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="251" />
        <source>None yet: the key is made when the enrolment file is imported or the key file is saved.</source>
        <translation>尚未生成:导入登记文件或保存公钥文件时生成本站密钥。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/sync/page.py" line="274" />
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
    <name>UnionCombo</name>
    <message>
        <location filename="../../src/unionstation/ui/members/form_widgets.py" line="53" />
        <source>Choose the grassroots union</source>
        <translation>请选择基层工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/members/form_widgets.py" line="63" />
        <source>Used last</source>
        <translation>上次使用</translation>
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
<context>
    <name>VenueTab</name>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="47" />
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="170" />
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="188" />
        <source>Register a venue</source>
        <translation>登记新阵地</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="60" />
        <source>(not a model home)</source>
        <translation>(非模范职工之家)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="77" />
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="79" />
        <source>not accredited</source>
        <translation>未评定</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="81" />
        <source>The day the model-home level or star rating was awarded</source>
        <translation>获评模范职工之家或星级的日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="83" />
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="190" />
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="87" />
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="178" />
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="90" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="91" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="92" />
        <source>Host union</source>
        <translation>主办工会</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="93" />
        <source>Model home level</source>
        <translation>模范职工之家级别</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="94" />
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="95" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="96" />
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="97" />
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="98" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="99" />
        <source>Opened on</source>
        <translation>启用日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="100" />
        <source>Accredited on</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="117" />
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="117" />
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="117" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="117" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="125" />
        <source>QR plate (PDF)…</source>
        <translation>二维码牌(PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="128" />
        <source>Self-assessment (PDF)…</source>
        <translation>阵地自评表(PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="131" />
        <source>Venue photo…</source>
        <translation>阵地照片…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="134" />
        <source>Evidence photo…</source>
        <translation>佐证照片…</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="136" />
        <source>A photo proving the selected item</source>
        <translation>为所选条目上传佐证照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="187" />
        <source>Selected venue</source>
        <translation>所选阵地</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="189" />
        <source>Register as a new venue</source>
        <translation>另行登记为新阵地</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="213" />
        <source>All venues</source>
        <translation>全部阵地</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="214" />
        <source>Choose a venue on the left to score its standard.</source>
        <translation>在左侧选择一个阵地,对照标准逐项自评。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="221" />
        <source>{0}{1} · {2} stars · host union {3} · {4} assets, ¥{5} · {6} photos</source>
        <translation>{0}{1} · {2} 星 · 主办工会 {3} · 资产 {4} 项,¥{5} · 照片 {6} 张</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="225" />
        <source>opened {0}</source>
        <translation>{0} 启用</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="226" />
        <source>accredited {0}</source>
        <translation>{0} 评定</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="252" />
        <source>{0}: {1} of {2} met</source>
        <translation>{0}:{2} 项中达标 {1} 项</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="266" />
        <source>Checklist</source>
        <translation>标准自评</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="271" />
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="277" />
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="278" />
        <source>Venue photo</source>
        <translation>阵地照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="286" />
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="290" />
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="291" />
        <source>Evidence photo</source>
        <translation>佐证照片</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="287" />
        <source>Select the item the photo proves.</source>
        <translation>请先选择照片所佐证的条目。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="301" />
        <source>Save the QR plate</source>
        <translation>保存二维码牌</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="303" />
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="314" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/homes/venue_tab.py" line="312" />
        <source>Save the self-assessment</source>
        <translation>保存阵地自评表</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="36" />
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="51" />
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="56" />
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="76" />
        <source>Signed receipt on file</source>
        <translation>签收单已存档</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="83" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="84" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="85" />
        <source>Must-visit occasion</source>
        <translation>五必访事由</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="86" />
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="87" />
        <source>Officers present</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="88" />
        <source>Cash (yuan)</source>
        <translation>慰问金(元)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="89" />
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="90" />
        <source>Goods</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="91" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="92" />
        <source>Goods value (yuan)</source>
        <translation>慰问品价值(元)</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/hardship/visit_dialog.py" line="94" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>YearlyBox</name>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="32" />
        <source>Values for each year</source>
        <translation>年度参数</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="37" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="37" />
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="37" />
        <source>Yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="48" />
        <source>Minimum-living line (per person a month)</source>
        <translation>最低生活保障标准（每人每月）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="49" />
        <source>Service subsidy rate (per service)</source>
        <translation>服务补贴标准（每次服务）</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="52" />
        <source>Service, e.g. 饮水</source>
        <translation>服务项目，例如 饮水</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="57" />
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="65" />
        <source>Hardship files and the workers' homes read these; a year without its own value uses the latest earlier one.</source>
        <translation>困难帮扶和职工之家使用这些参数；某年未设定时沿用此前最近一年的数值。</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="77" />
        <source>Minimum-living line</source>
        <translation>最低生活保障标准</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="78" />
        <source>Service subsidy: {0}</source>
        <translation>服务补贴：{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionstation/ui/settings/yearly_box.py" line="107" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
</TS>