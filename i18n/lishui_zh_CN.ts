<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Bundled fonts and their licenses</source>
        <translation>随程序提供的字体及其许可证</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Lishui East-West Cooperation Ledger</source>
        <translation>丽水市东西部扶贫协作台账</translation>
    </message>
    <message>
        <source>No bundled fonts were found.</source>
        <translation>未找到随程序提供的字体。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>AddPlaceDialog</name>
    <message>
        <source>Add a place</source>
        <translation>新增地名</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属上级</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全称</translation>
    </message>
    <message>
        <source>GB/T 2260 code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <source>e.g. 四川省广元市旺苍县</source>
        <translation>如 四川省广元市旺苍县</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <source>Something went wrong: %1
Your data is safe up to the last save. The details are in the log file %2; please send it to the office.</source>
        <translation>程序出错：%1
最后一次保存之前的数据都完好无损。详细信息在日志文件 %2 中，请发给市办。</translation>
    </message>
    <message>
        <source>The East-West cooperation ledger (the window).</source>
        <translation>东西部扶贫协作台账（窗口程序）。</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>数据库正被占用</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>open the window, then quit at once (to test an installation)</source>
        <translation>打开窗口后立即退出（用于检验安装）</translation>
    </message>
    <message>
        <source>the database: a file, or postgresql://… for an office store (default: LISHUI_DB, else the one in your data folder)</source>
        <translation>数据库：一个文件，或办公室库的 postgresql://… 地址（默认：LISHUI_DB，否则为数据文件夹中的数据库）</translation>
    </message>
    <message>
        <source>the language of this start (the saved choice is under Settings)</source>
        <translation>本次启动的语言（保存的选择在“设置”中）</translation>
    </message>
</context>
<context>
    <name>AppearancesPanel</name>
    <message>
        <source>Appears in %1 records</source>
        <translation>出现在 %1 条记录中</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>所在</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 (PostgreSQL's client tools) was not found, so a store on a PostgreSQL server cannot be backed up here. Install them (Debian/Ubuntu: apt install postgresql-client; Windows: the PostgreSQL installer's command line tools) or put their folder on PATH.</source>
        <translation>未找到 %1（PostgreSQL 的客户端工具），因此无法在这里备份 PostgreSQL 服务器上的数据库。请安装它们（Debian/Ubuntu：apt install postgresql-client；Windows：PostgreSQL 安装程序中的命令行工具），或把它们所在的文件夹加入 PATH。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Backup %1 is damaged (%2); it was not restored.</source>
        <translation>备份 %1 已损坏（%2），未恢复。</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check: %1</source>
        <translation>备份副本未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>The database is still in use, so the backup was not restored. Close other windows and programs that use it, then try again.</source>
        <translation>数据库仍在使用中，备份未恢复。请关闭正在使用它的其他窗口和程序，然后再试一次。</translation>
    </message>
    <message>
        <source>The dump %1 does not hold what the store held (table %2: %3 rows instead of %4).</source>
        <translation>转储 %1 与数据库内容不符（表 %2：%3 行，应为 %4 行）。</translation>
    </message>
    <message>
        <source>There is no backup %1 (see `lishui backup list`).</source>
        <translation>没有备份 %1（请用 `lishui backup list` 查看）。</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>%1 处没有可备份的数据库。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>A backup is made every day the program is used, and before every import, upgrade and restore. Backups are kept in the folder %1.</source>
        <translation>每天使用程序时会自动备份，每次导入、升级和恢复之前也会备份。备份保存在文件夹 %1 中。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backup made and checked.</source>
        <translation>已完成备份并检查无误。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Damaged file kept</source>
        <translation>保留的损坏文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore the backup %1? Everything entered or imported after it is undone. The current database is kept as a backup first, so you can go back.</source>
        <translation>恢复备份 %1 吗？之后录入或导入的内容都会被撤销。当前数据库会先保存为备份，可以再恢复回来。</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>已撤销该次导入。</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>撤销最近一次导入</translation>
    </message>
    <message>
        <source>Undo the last import…</source>
        <translation>撤销最近一次导入…</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
</context>
<context>
    <name>BackupStartup</name>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The damaged file was kept in the backups folder.</source>
        <translation>已恢复备份 %1。损坏的文件保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The last import was interrupted</source>
        <translation>上次导入被中断</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>%1 changes for fields this version does not know; kept and applied after an update.</source>
        <translation>%1 条字段改动属于本版本尚不认识的字段；已保留，升级后应用。</translation>
    </message>
    <message>
        <source>%1 in the bundle does not match its checksum (damaged or changed).</source>
        <translation>数据包中的 %1 与校验值不符（已损坏或被改动）。</translation>
    </message>
    <message>
        <source>A file in the bundle is larger than it declares (%1).</source>
        <translation>数据包中的文件比声明的大（%1）。</translation>
    </message>
    <message>
        <source>A file in the bundle is too large when unpacked (%1).</source>
        <translation>数据包中的文件解压后过大（%1）。</translation>
    </message>
    <message>
        <source>An op in the bundle names another author than the segment that carries it.</source>
        <translation>数据包中有一条更改所署的作者与承载它的数据段不符。</translation>
    </message>
    <message>
        <source>Changes %1 to %2 of %3 were made after the office revoked that device; they were not applied.</source>
        <translation>%3 的第 %1 至 %2 条更改是在对口支援办吊销该设备之后作出的，未予导入。</translation>
    </message>
    <message>
        <source>Changes of %1 (numbers %2 to %3) contradict changes of the same numbers already held here (a fork: an edited or copied database). They were not applied; the office sees them in the review queue.</source>
        <translation>%1 的更改（第 %2 至 %3 条）与本机已有的同编号更改相矛盾（分叉：数据库被改动或被复制）。这些更改未予导入；对口支援办可在待处理事项中看到。</translation>
    </message>
    <message>
        <source>Its clock is more than 24 hours ahead of this computer's; a person must decide.</source>
        <translation>它的时钟比本机快 24 小时以上，需要人工决定是否导入。</translation>
    </message>
    <message>
        <source>No device called %1 is known to this database.</source>
        <translation>本数据库中没有名为 %1 的设备。</translation>
    </message>
    <message>
        <source>No office key is known on this computer, so the bundle cannot be encrypted. Join the deployment with the office's deployment file first: a new database's first start offers it (or lishui init --join FILE).</source>
        <translation>本机还不知道办公室的密钥，无法加密数据包。请先用办公室发的部署文件加入部署：新数据库首次启动时即可选择（或 lishui init --join 文件）。</translation>
    </message>
    <message>
        <source>The bundle carries a device identity that this deployment's office did not issue. It was not applied.</source>
        <translation>数据包中带有一个并非本部署的对口支援办签发的设备身份，未予导入。</translation>
    </message>
    <message>
        <source>The bundle comes from a device the office has not issued (%1). It was not applied; the office must issue that laptop first.</source>
        <translation>数据包来自对口支援办未签发的设备（%1），未予导入；须先由对口支援办为该电脑签发身份。</translation>
    </message>
    <message>
        <source>The bundle contains an unexpected file (%1).</source>
        <translation>数据包中含有不应有的文件（%1）。</translation>
    </message>
    <message>
        <source>The bundle contains an unsafe path (%1).</source>
        <translation>数据包中含有不安全的路径（%1）。</translation>
    </message>
    <message>
        <source>The bundle contains the file %1 twice.</source>
        <translation>数据包中 %1 出现了两次。</translation>
    </message>
    <message>
        <source>The bundle has overlapping entries (a zip bomb).</source>
        <translation>数据包中的条目互相重叠（压缩炸弹）。</translation>
    </message>
    <message>
        <source>The bundle has too many files (%1).</source>
        <translation>数据包中的文件过多（%1 个）。</translation>
    </message>
    <message>
        <source>The bundle holds an invalid op (%1).</source>
        <translation>数据包中有无效的更改记录（%1）。</translation>
    </message>
    <message>
        <source>The bundle holds changes in the name of another device than the one that signed them (signed by %1). It was not applied.</source>
        <translation>数据包中的更改署名为另一台设备，与签名的设备不符（签名者：%1），未予导入。</translation>
    </message>
    <message>
        <source>The bundle holds changes signed by a device the office never issued (%1).</source>
        <translation>数据包中有由对口支援办从未签发的设备（%1）签名的更改。</translation>
    </message>
    <message>
        <source>The bundle holds two different versions of one op.</source>
        <translation>数据包中同一条更改有两个不同的版本。</translation>
    </message>
    <message>
        <source>The bundle is damaged (%1).</source>
        <translation>数据包已损坏（%1）。</translation>
    </message>
    <message>
        <source>The bundle is damaged (a file header is missing).</source>
        <translation>数据包已损坏（缺少文件头）。</translation>
    </message>
    <message>
        <source>The bundle is incomplete: %1 is missing.</source>
        <translation>数据包不完整：缺少 %1。</translation>
    </message>
    <message>
        <source>The bundle is not signed; it was not applied.</source>
        <translation>该数据包没有签名，未导入。</translation>
    </message>
    <message>
        <source>The bundle is too large (%1 bytes).</source>
        <translation>数据包过大（%1 字节）。</translation>
    </message>
    <message>
        <source>The bundle is truncated.</source>
        <translation>数据包不完整（被截断）。</translation>
    </message>
    <message>
        <source>The bundle names an author that is not its sender's (%1).</source>
        <translation>数据包所列的作者不属于其发送者（%1）。</translation>
    </message>
    <message>
        <source>The bundle uses an unsupported compression (%1).</source>
        <translation>数据包使用了不支持的压缩方式（%1）。</translation>
    </message>
    <message>
        <source>The bundle's manifest has no format number.</source>
        <translation>数据包清单中没有格式版本号。</translation>
    </message>
    <message>
        <source>The bundle's manifest has no valid segments.</source>
        <translation>数据包清单中没有有效的数据段。</translation>
    </message>
    <message>
        <source>The bundle's manifest is not valid JSON.</source>
        <translation>数据包清单不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The bundle's manifest lacks %1.</source>
        <translation>数据包清单缺少 %1。</translation>
    </message>
    <message>
        <source>The bundle's op count does not match its manifest.</source>
        <translation>数据包中的更改记录数与清单不符。</translation>
    </message>
    <message>
        <source>The bundle's op ranges do not match its ops.</source>
        <translation>数据包的更改记录范围与其内容不符。</translation>
    </message>
    <message>
        <source>The bundle's signature does not match the device %1: it was changed or forged. It was not applied.</source>
        <translation>数据包的签名与设备 %1 不符：已被改动或伪造，未导入。</translation>
    </message>
    <message>
        <source>The bundle's version vector is invalid.</source>
        <translation>数据包的版本向量无效。</translation>
    </message>
    <message>
        <source>The changes of %1 in the bundle do not carry that device's signature (changed or forged). It was not applied.</source>
        <translation>数据包中 %1 的更改没有该设备的签名（被改动或伪造），未予导入。</translation>
    </message>
    <message>
        <source>The device %1 was revoked by the office (%2); its bundles are not accepted.</source>
        <translation>设备 %1 已被对口支援办吊销（%2），不再接受其数据包。</translation>
    </message>
    <message>
        <source>The encrypted bundle is damaged or was changed after it was written.</source>
        <translation>加密数据包已损坏，或在写出后被改动过。</translation>
    </message>
    <message>
        <source>The file is not a bundle or it is damaged or truncated.</source>
        <translation>该文件不是数据包，或已损坏、不完整。</translation>
    </message>
    <message>
        <source>The file is not a lishui bundle.</source>
        <translation>该文件不是丽水协作台账的数据包。</translation>
    </message>
    <message>
        <source>The ops of a segment do not match what their author signed (changed or forged).</source>
        <translation>某数据段中的更改与其作者签名的内容不符（被改动或伪造）。</translation>
    </message>
    <message>
        <source>There is no office key to encrypt the bundle to.</source>
        <translation>没有可用于加密数据包的办公室密钥。</translation>
    </message>
    <message>
        <source>There is no quarantined bundle %1.</source>
        <translation>没有编号为 %1 的隔离数据包。</translation>
    </message>
    <message>
        <source>This bundle has format %1, written by version %2; this program reads format %3. Install version %2 or later to import it.</source>
        <translation>该数据包为格式 %1，由 %2 版写出；本程序只能读取格式 %3。请安装 %2 或更新的版本后再导入。</translation>
    </message>
    <message>
        <source>This bundle is not encrypted, and this computer accepts only encrypted bundles (for a trial, allow unencrypted bundles under Tools → Keys and enrolment, or with lishui keys allow-plain).</source>
        <translation>该数据包未加密，本机只接受加密的数据包（试用时可在“工具 → 密钥与登记”中允许未加密数据包，或用 lishui keys allow-plain）。</translation>
    </message>
    <message>
        <source>This bundle was encrypted for another office or computer; this computer cannot read it.</source>
        <translation>该数据包是为其他办公室或电脑加密的，本机无法读取。</translation>
    </message>
    <message>
        <source>This bundle was written by an older version of the program (format %1), whose bundles do not prove who wrote each change. Update the program on the computer that wrote it.</source>
        <translation>此数据包由旧版程序写出（格式 %1），无法证明每条更改的作者。请更新写出它的电脑上的程序。</translation>
    </message>
    <message>
        <source>This computer has no office key, so it cannot check who wrote a bundle. Join the deployment with the office's deployment file first: a new database's first start offers it (or lishui init --join FILE).</source>
        <translation>本机没有对口支援办的密钥，无法核验数据包的作者。请先用对口支援办的部署文件加入部署：新数据库首次启动时即可选择（或 lishui init --join 文件）。</translation>
    </message>
    <message>
        <source>This file is not a bundle of this program, or it is damaged.</source>
        <translation>该文件不是本程序的数据包，或已损坏。</translation>
    </message>
    <message>
        <source>devices.json in the bundle is invalid.</source>
        <translation>数据包中的 devices.json 无效。</translation>
    </message>
    <message>
        <source>devices.json in the bundle is not valid JSON.</source>
        <translation>数据包中的 devices.json 不是有效的 JSON。</translation>
    </message>
</context>
<context>
    <name>ChildPanel</name>
    <message>
        <source>Delete entry</source>
        <translation>删除此条</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新增一条</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>保存此条</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>3 months</source>
        <translation>3个月</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6个月</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Cooperation cadre</source>
        <translation>东西部扶贫协作干部</translation>
    </message>
    <message>
        <source>County-county</source>
        <translation>县县结对</translation>
    </message>
    <message>
        <source>Division-level cadre</source>
        <translation>处级干部</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Enterprise visit</source>
        <translation>企业考察对接</translation>
    </message>
    <message>
        <source>Enterprise-village</source>
        <translation>万企帮万村</translation>
    </message>
    <message>
        <source>Exchange visit</source>
        <translation>互访交流</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Field cadre</source>
        <translation>挂职干部</translation>
    </message>
    <message>
        <source>Hospital-hospital</source>
        <translation>医院结对</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>督查检查</translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Leaders' visit</source>
        <translation>领导互访</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Media report</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>对口支援办</translation>
    </message>
    <message>
        <source>Organised transfer</source>
        <translation>有组织转移</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Party committee hearing</source>
        <translation>党委常委会听取汇报</translation>
    </message>
    <message>
        <source>Poor-village cadre</source>
        <translation>贫困村干部</translation>
    </message>
    <message>
        <source>Product sales</source>
        <translation>消费扶贫（产品销售）</translation>
    </message>
    <message>
        <source>Professional talent</source>
        <translation>专业技术人才</translation>
    </message>
    <message>
        <source>Professional talent, long-term</source>
        <translation>专业技术人才（长期）</translation>
    </message>
    <message>
        <source>Professional talent, short-term</source>
        <translation>专业技术人才（短期）</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>亲友推荐</translation>
    </message>
    <message>
        <source>Remote medical session</source>
        <translation>远程医疗</translation>
    </message>
    <message>
        <source>Remote teaching</source>
        <translation>远程教学</translation>
    </message>
    <message>
        <source>Rural wealth leader</source>
        <translation>农村致富带头人</translation>
    </message>
    <message>
        <source>School-school</source>
        <translation>学校结对</translation>
    </message>
    <message>
        <source>Section-level cadre</source>
        <translation>科级干部</translation>
    </message>
    <message>
        <source>Town-town</source>
        <translation>镇乡结对</translation>
    </message>
    <message>
        <source>Village-village</source>
        <translation>村村结对</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>中职学校</translation>
    </message>
    <message>
        <source>Working-group lead</source>
        <translation>工作组组长</translation>
    </message>
    <message>
        <source>Working-group leader</source>
        <translation>工作组组长</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>A workbook: xlsx, xls, ods or csv</source>
        <translation>工作簿：xlsx、xls、ods 或 csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>选择工作簿</translation>
    </message>
    <message>
        <source>Choose what to import</source>
        <translation>选择要导入的内容</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>正在读取工作簿</translation>
    </message>
    <message>
        <source>Rows are checked first; if any row has a problem, nothing is imported.</source>
        <translation>先逐行检查；只要有一行有问题，就不导入任何数据。</translation>
    </message>
    <message>
        <source>Save a blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <source>Save a blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>模板已写入：%1</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xlsm *.xls *.et *.xlsb *.ods *.csv);;All files (*)</source>
        <translation>工作簿 (*.xlsx *.xlsm *.xls *.et *.xlsb *.ods *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 changes in %2, which contradict changes already held</source>
        <translation>%2 中有 %1 条更改与已有更改相矛盾</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3).</source>
        <translation>%1 已更名为 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 is now %2 (certificate serial %3). Send it a bundle: it takes the role from it.</source>
        <translation>%1 现在的角色是 %2（证书序号 %3）。请给它发一个同步包：它从中获得新角色。</translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation>%1 已恢复可选。</translation>
    </message>
    <message>
        <source>%1 is revoked. Send a bundle to every laptop so that they refuse it too.</source>
        <translation>%1 已被吊销。请向每台电脑发送一个数据包，使它们也拒收该设备。</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 已并入 %2。</translation>
    </message>
    <message>
        <source>%1 records wait for related records from another device (%2); they arrive with its next bundle. This is not damage.</source>
        <translation>%1 条记录正在等待另一台设备上的相关记录（%2）；它们会随该设备的下一个数据包到达。这不是损坏。</translation>
    </message>
    <message>
        <source>%1 records.</source>
        <translation>共 %1 条记录。</translation>
    </message>
    <message>
        <source>%1 retired from %2.</source>
        <translation>%1 自 %2 起撤销。</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已写出 %1 行到 %2</translation>
    </message>
    <message>
        <source>%1 targets added for %2.</source>
        <translation>已为 %2 年添加 %1 项指标。</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>%1: %2; %3 ops, %4 new.</source>
        <translation>%1：%2；共 %3 条更改，新增 %4 条。</translation>
    </message>
    <message>
        <source>%1: part refused: %2</source>
        <translation>%1：部分内容被拒收：%2</translation>
    </message>
    <message>
        <source>%1: the whole record</source>
        <translation>%1：整条记录</translation>
    </message>
    <message>
        <source>--scale must be a number above 0 and at most 50.</source>
        <translation>--scale 必须是大于 0、不超过 50 的数。</translation>
    </message>
    <message>
        <source>--session-title, --category, --organiser, --start, --end and --place are for trainees only.</source>
        <translation>--session-title、--category、--organiser、--start、--end 和 --place 仅用于培训学员（trainees）。</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>……另有 %1 处</translation>
    </message>
    <message>
        <source>A plain copy with %1 records was written to %2. It is NOT encrypted: give it only to the person handling the support case, and delete it afterwards. This was recorded.</source>
        <translation>已把含 %1 条记录的明文副本写到 %2。它没有加密：只交给处理这次技术支持的人，用完请删除。此操作已记录。</translation>
    </message>
    <message>
        <source>A store on a PostgreSQL server is protected by the server; --encrypt is only for a database file.</source>
        <translation>PostgreSQL 服务器上的数据库由服务器保护；--encrypt 只用于数据库文件。</translation>
    </message>
    <message>
        <source>A sum is shown in %1.</source>
        <translation>求和结果的单位：%1。</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Backup %1 created (%2 bytes, integrity check passed).</source>
        <translation>已创建备份 %1（%2 字节，完整性检查通过）。</translation>
    </message>
    <message>
        <source>Backup %1 created (%2 bytes; pg_restore read it back whole and every table's rows were counted).</source>
        <translation>已创建备份 %1（%2 字节；已用 pg_restore 完整读回，并核对了每个表的行数）。</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属上级</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>统计规则</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <source>Database %1 created: device %2 (%3), role %4.</source>
        <translation>已创建数据库 %1：设备 %2（%3），角色 %4。</translation>
    </message>
    <message>
        <source>Database %1 is damaged: quick_check says %2.</source>
        <translation>数据库 %1 已损坏：quick_check 结果为 %2。</translation>
    </message>
    <message>
        <source>Database %1 is damaged: quick_check says %2; %3 foreign key problems.</source>
        <translation>数据库 %1 已损坏：quick_check 结果为 %2；外键问题 %3 处。</translation>
    </message>
    <message>
        <source>Database %1 is healthy (quick_check ok, no foreign key problems, nothing changed outside the program).</source>
        <translation>数据库 %1 完好（quick_check 正常，无外键问题，没有在程序之外被改动的数据）。</translation>
    </message>
    <message>
        <source>Database %1 was already set up: device %2 (%3), role %4.</source>
        <translation>数据库 %1 已设置过：设备 %2（%3），角色 %4。</translation>
    </message>
    <message>
        <source>Database %1: %2 values were changed outside the program (another tool wrote them; they are not in the change log and will not sync):</source>
        <translation>数据库 %1：有 %2 处数据是在程序之外改动的（由其他工具写入，不在变更日志中，不会同步）：</translation>
    </message>
    <message>
        <source>Database %1: the identities of %2 differ from what the office signed (the devices table was changed outside the program). Bundles are checked against the office's certificates, never against this table; ask the office for a new deployment file.</source>
        <translation>数据库 %1：%2 的身份记录与市办签发的不符（设备表在程序之外被改动过）。同步包只按市办签发的证书核对，从不按这张表；请向市办索取新的部署文件。</translation>
    </message>
    <message>
        <source>Date fields</source>
        <translation>日期字段</translation>
    </message>
    <message>
        <source>Demo data added to %1 in %2 s: %3 people, %4 trainees on %5 training sessions, %6 placements, %7 cadres, %8 events, %9 pairings.</source>
        <translation>已向 %1 添加演示数据，用时 %2 秒：人员 %3 人，%5 个培训班的学员 %4 人次，转移就业 %6 人次，挂职干部 %7 人，活动 %8 项，结对关系 %9 个。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>去重方式</translation>
    </message>
    <message>
        <source>Enter the new start passphrase (or set LISHUI_DB_PASSPHRASE).</source>
        <translation>请输入新的启动口令（或设置 LISHUI_DB_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选字段</translation>
    </message>
    <message>
        <source>Former names</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始年度</translation>
    </message>
    <message>
        <source>Full IDs and phones were printed; this was recorded in the audit log.</source>
        <translation>本表打印了完整身份证号和电话，已记入审计日志。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Issued %1 (%2) and wrote its deployment file %3. Keep it safe: it holds its keys and the deployment key.</source>
        <translation>已签发 %1（%2）并写出其部署文件 %3。请妥善保管：其中含有它的密钥和部署密钥。</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发者</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>已合并到 %1。</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Money fields</source>
        <translation>金额字段</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>New keys issued to %1 (serial %2); on that laptop run: lishui keys install %3</source>
        <translation>已为 %1 签发新密钥（序号 %2）；请在该电脑上运行：lishui keys install %3</translation>
    </message>
    <message>
        <source>New laptops: office copy of the database key %1; start passphrase %2.</source>
        <translation>新笔记本：数据库密钥交市办保管 %1；启动口令 %2。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>New period %1 of %2 — %3 (renews %4, %5).</source>
        <translation>%2 — %3 新结对期 %1（续签自 %4，%5）。</translation>
    </message>
    <message>
        <source>New start passphrase: </source>
        <translation>新的启动口令：</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <source>No targets for %1 (add them in the targets editor).</source>
        <translation>%1 年没有目标（请在指标设置中添加）。</translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>没有需要决定的事项。</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to undo the import.</source>
        <translation>没有做任何更改。加上 --yes 再运行一次即可撤销该次导入。</translation>
    </message>
    <message>
        <source>Office passphrase: </source>
        <translation>市办口令：</translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Only encrypted and signed bundles are accepted.</source>
        <translation>只接受已加密并签名的数据包。</translation>
    </message>
    <message>
        <source>Paper backup written to %1. Print it, lock it away, then delete the file.</source>
        <translation>纸质备份已写入 %1。请打印出来锁好，然后删除该文件。</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>结对地区</translation>
    </message>
    <message>
        <source>Passphrase protection: %1. Plain bundles allowed: %2.</source>
        <translation>口令保护：%1。允许未加密数据包：%2。</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Place added: %1 (%2)</source>
        <translation>已新增地名：%1（%2）</translation>
    </message>
    <message>
        <source>Print the recovery code now (lishui keys paper --out FILE) and lock the paper away: on another computer the database opens only with it.</source>
        <translation>请现在打印恢复码（lishui keys paper --out 文件）并把纸锁好：在别的电脑上只有用它才能打开数据库。</translation>
    </message>
    <message>
        <source>Problems marked in: %1</source>
        <translation>问题已标注在：%1</translation>
    </message>
    <message>
        <source>Progress %1</source>
        <translation>%1 年目标完成情况</translation>
    </message>
    <message>
        <source>Progress %1-%2 (year to date)</source>
        <translation>%1 年 %2 月目标完成情况（年初至今）</translation>
    </message>
    <message>
        <source>Proved: the dump of both is the same (SHA-256 %1).</source>
        <translation>已验证：两者的导出（dump）完全相同（SHA-256 %1）。</translation>
    </message>
    <message>
        <source>QUARANTINED (clock far ahead; see conflicts list)</source>
        <translation>已隔离（时钟超前过多；见 conflicts list）</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Reply file written to %1. Give it to the office (a USB stick is fine: it holds no secrets).</source>
        <translation>回执文件已写入 %1。请交给办公室（可用U盘传递：其中没有机密）。</translation>
    </message>
    <message>
        <source>Restored %1 %2; the edits made elsewhere are kept.</source>
        <translation>已恢复 %1 %2；在别处所作的修改均保留。</translation>
    </message>
    <message>
        <source>Restored backup %1.</source>
        <translation>已恢复备份 %1。</translation>
    </message>
    <message>
        <source>Restored backup %1. The previous database was kept as backup %2.</source>
        <translation>已恢复备份 %1。原来的数据库已保存为备份 %2。</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>吊销时间</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>See %1</source>
        <translation>详见 %1</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Settled %1.%2 of %3.</source>
        <translation>已处理 %3 的 %1.%2。</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <source>Start passphrase or recovery code: </source>
        <translation>启动口令或恢复码：</translation>
    </message>
    <message>
        <source>Store %1 is damaged: PostgreSQL's checks say %2; %3 references without their record.</source>
        <translation>数据库 %1 已损坏：PostgreSQL 检查结果为 %2；%3 处引用找不到对应记录。</translation>
    </message>
    <message>
        <source>Store %1 is healthy (PostgreSQL's checks ok, no references without their record, nothing changed outside the program).</source>
        <translation>数据库 %1 完好（PostgreSQL 检查通过，没有找不到对应记录的引用，没有在本程序之外被修改的内容）。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target %1 changed: %2 to %3, %4 %5.</source>
        <translation>指标 %1 已修改：%2 至 %3 年，%4 %5。</translation>
    </message>
    <message>
        <source>Target %1 ends after %2.</source>
        <translation>指标 %1 于 %2 年后停止。</translation>
    </message>
    <message>
        <source>Target added: %1</source>
        <translation>已添加指标：%1</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>模板已写入：%1</translation>
    </message>
    <message>
        <source>The command failed (exit code %1). What it said is in %2</source>
        <translation>命令未能完成（退出码 %1），提示信息写在 %2</translation>
    </message>
    <message>
        <source>The command has finished. Its output is in %1</source>
        <translation>命令已完成，输出写在 %1</translation>
    </message>
    <message>
        <source>The copy differs from the original (dump SHA-256 %1 here, %2 there); it was removed again. Nothing was changed here.</source>
        <translation>副本与原数据库不一致（此处导出 SHA-256 %1，目标处 %2）；副本已删除。此处未作任何更改。</translation>
    </message>
    <message>
        <source>The database %1 is already encrypted.</source>
        <translation>数据库 %1 已经加密。</translation>
    </message>
    <message>
        <source>The database %1 is encrypted (SQLCipher 4); %2.</source>
        <translation>数据库 %1 已加密（SQLCipher 4）；%2。</translation>
    </message>
    <message>
        <source>The database %1 is encrypted: %2 backups encrypted, %3 plain files overwritten and removed.</source>
        <translation>数据库 %1 已加密：%2 个备份已加密，%3 个明文文件已覆盖并删除。</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted. Encrypt it with: lishui db encrypt</source>
        <translation>数据库 %1 没有加密。加密请运行：lishui db encrypt</translation>
    </message>
    <message>
        <source>The database is encrypted; it opens with the start passphrase.</source>
        <translation>数据库已加密；打开时需要输入启动口令。</translation>
    </message>
    <message>
        <source>The database is encrypted; its key is kept in this computer's credential store, so it opens without typing.</source>
        <translation>数据库已加密；密钥保存在本机的凭据存储中，打开时无需输入。</translation>
    </message>
    <message>
        <source>The database opens. Without a credential store it asks for the key at each start.</source>
        <translation>数据库可以打开了。本机没有凭据存储，每次启动都会要求输入密钥。</translation>
    </message>
    <message>
        <source>The database opens; its key is now kept in this computer's credential store.</source>
        <translation>数据库可以打开了；密钥已保存在本机的凭据存储中。</translation>
    </message>
    <message>
        <source>The decryption key is now protected by the passphrase. Keep a paper backup too (lishui keys paper).</source>
        <translation>解密密钥现已由口令保护。请同时保存一份纸质备份（lishui keys paper）。</translation>
    </message>
    <message>
        <source>The decryption key was restored from the paper backup.</source>
        <translation>已从纸质备份恢复解密密钥。</translation>
    </message>
    <message>
        <source>The full name of %1 is now %2.</source>
        <translation>%1 的全称已改为 %2。</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>已撤销该次导入。</translation>
    </message>
    <message>
        <source>The laptop %1 is registered; its bundles will be accepted.</source>
        <translation>笔记本 %1 已登记，今后会接受它的数据包。</translation>
    </message>
    <message>
        <source>The new keys of %1 (serial %2) are installed.</source>
        <translation>%1 的新密钥（序号 %2）已安装。</translation>
    </message>
    <message>
        <source>The original is unchanged; open the copy with --db %1 (the copy is a new life of this device: use one of them from now on).</source>
        <translation>原数据库未改动；用 --db %1 打开副本（副本是本设备的新一期使用：今后只使用其中一个）。</translation>
    </message>
    <message>
        <source>The output contains %1 (U+%2), which the encoding %3 cannot write; nothing was written. Use --encoding gb18030 or utf-8.</source>
        <translation>输出中含有字符 %1（U+%2），编码 %3 无法写出，因此什么也没有写出。请改用 --encoding gb18030 或 utf-8。</translation>
    </message>
    <message>
        <source>The start passphrase is set; the recovery code still opens the database too.</source>
        <translation>启动口令已设置；恢复码仍然可以打开数据库。</translation>
    </message>
    <message>
        <source>The store %1 was copied to %2: %3 rows in %4 s.</source>
        <translation>数据库 %1 已复制到 %2：共 %3 行，用时 %4 秒。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <source>This computer: signing key %1, encryption key %2.</source>
        <translation>本机：签名密钥 %1，加密密钥 %2。</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This would revoke %1 for good: what the office holds of it stays, everything else it wrote or writes is refused everywhere. Run again with --yes to do it.</source>
        <translation>此操作将永久吊销 %1：对口支援办已有的其更改保留，其余它写过或将写的更改在各处一律拒收。确认请加 --yes 再运行一次。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终止年度</translation>
    </message>
    <message>
        <source>Unencrypted bundles are now allowed on this computer. Use this only for trials.</source>
        <translation>本机现在允许未加密的数据包。仅限试用时使用。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已生成 %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 ops, %3 bytes.</source>
        <translation>已写出 %1：%2 条更改，%3 字节。</translation>
    </message>
    <message>
        <source>Wrote the deployment file %1. Keep it safe: it holds the deployment key.</source>
        <translation>已写出部署文件 %1。请妥善保管：其中含有部署密钥。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>a start passphrase is set</source>
        <translation>已设置启动口令</translation>
    </message>
    <message>
        <source>already held (nothing new)</source>
        <translation>已有（无新内容）</translation>
    </message>
    <message>
        <source>bad arguments: %1 (see lishui --help)</source>
        <translation>参数有误：%1（见 lishui --help）</translation>
    </message>
    <message>
        <source>cannot use the file %1: %2</source>
        <translation>无法使用文件 %1：%2</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>count LEDGER [FIELD=VALUE ...] [date=FIELD] [in_force] [min_months=N] [max_months=N] [distinct=WHAT]</source>
        <translation>count 台账 [字段=取值 ...] [date=日期字段] [in_force] [min_months=月数] [max_months=月数] [distinct=去重方式]（计数）</translation>
    </message>
    <message>
        <source>details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>edit of a deleted record</source>
        <translation>修改了已删除的记录</translation>
    </message>
    <message>
        <source>entered twice</source>
        <translation>重复录入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>it opens with the start passphrase</source>
        <translation>打开时需要启动口令</translation>
    </message>
    <message>
        <source>its key is in this computer's credential store</source>
        <translation>密钥保存在本机的凭据存储中</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no command given (see lishui --help)</source>
        <translation>未给出命令（见 lishui --help）</translation>
    </message>
    <message>
        <source>not a month: %1 (use YYYY-MM)</source>
        <translation>不是有效的月份：%1（请用 YYYY-MM）</translation>
    </message>
    <message>
        <source>not a year: %1 (use YYYY)</source>
        <translation>不是有效的年份：%1（请用 YYYY）</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>疑似重复人员</translation>
    </message>
    <message>
        <source>preview (nothing written)</source>
        <translation>预览（未写入任何内容）</translation>
    </message>
    <message>
        <source>quarantined bundle</source>
        <translation>隔离的数据包</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>refused fork</source>
        <translation>拒收的分叉</translation>
    </message>
    <message>
        <source>sum LEDGER.MONEY_FIELD [FIELD=VALUE ...] [date=FIELD] [deadline=MM-DD or YEAR:MM-DD,*:MM-DD]</source>
        <translation>sum 台账.金额字段 [字段=取值 ...] [date=日期字段] [deadline=月-日 或 年:月-日,*:月-日]（求和）</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>the argument %1 is not valid text (UTF-8)</source>
        <translation>参数 %1 不是有效的文本（UTF-8）</translation>
    </message>
    <message>
        <source>the month %1 is not in the year %2</source>
        <translation>月份 %1 不在 %2 年内</translation>
    </message>
    <message>
        <source>the office can open it with its key</source>
        <translation>市办可以用自己的密钥打开它</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>unknown encoding %1</source>
        <translation>未知的编码：%1</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>what</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>(laptop) install the new keys the office issued (key file)</source>
        <translation>（笔记本）安装市办签发的新密钥（密钥文件）</translation>
    </message>
    <message>
        <source>(laptop) write a reply file that registers this laptop</source>
        <translation>（笔记本）写出一份登记本机的回复文件</translation>
    </message>
    <message>
        <source>(office) encrypt a new office database too (field and lead ones always are)</source>
        <translation>（市办）新建的市办数据库也加密（外派干部和组长的数据库总是加密的）</translation>
    </message>
    <message>
        <source>(office) issue a laptop from its reply file</source>
        <translation>（市办）根据笔记本的回复文件为它签发身份</translation>
    </message>
    <message>
        <source>(office) open it with this office database's key</source>
        <translation>（市办）用这个市办数据库的密钥打开它</translation>
    </message>
    <message>
        <source>(office) what deployment files ask of new laptops</source>
        <translation>（市办）部署文件对新笔记本的要求</translation>
    </message>
    <message>
        <source>Excel templates, imports and exports</source>
        <translation>Excel 模板、导入和导出</translation>
    </message>
    <message>
        <source>GB/T 2260 code (6 digits for a county, 9 for a town, 12 for a village)</source>
        <translation>GB/T 2260 代码（县 6 位，乡镇 9 位，村 12 位）</translation>
    </message>
    <message>
        <source>Lishui county (or its Sichuan partner)</source>
        <translation>丽水的县（市、区），或其结对的四川县</translation>
    </message>
    <message>
        <source>YYYY-MM: year to date at the end of that month, and what it added</source>
        <translation>年-月（YYYY-MM）：截至该月底的全年累计，以及该月新增</translation>
    </message>
    <message>
        <source>a Lishui county, 市本级, 全市, or a paired Sichuan county</source>
        <translation>丽水的县（市、区）、市本级、全市，或结对的四川县</translation>
    </message>
    <message>
        <source>a Lishui or Sichuan county (name or code)</source>
        <translation>丽水或四川的县（名称或代码）</translation>
    </message>
    <message>
        <source>a new Sichuan partner county</source>
        <translation>新的四川结对县</translation>
    </message>
    <message>
        <source>a new name or code (the old ones are kept in its history)</source>
        <translation>改用新名称或代码（旧的保留在历史中）</translation>
    </message>
    <message>
        <source>a new period of a pairing, with the same or a new partner</source>
        <translation>结对关系的新一期，结对方不变或更换</translation>
    </message>
    <message>
        <source>a new place</source>
        <translation>新增地名</translation>
    </message>
    <message>
        <source>a new target row (a new target id needs --rule and --measure)</source>
        <translation>新增一行指标（新的指标编号需要 --rule 和 --measure）</translation>
    </message>
    <message>
        <source>a pairing id, or a county for its county pairing</source>
        <translation>结对关系编号，或一个县（指其县县结对）</translation>
    </message>
    <message>
        <source>a passphrase at each start instead of the credential store</source>
        <translation>每次启动输入口令，而不用凭据存储</translation>
    </message>
    <message>
        <source>a place joins another (its records move)</source>
        <translation>一个地名并入另一个（其记录随之转移）</translation>
    </message>
    <message>
        <source>a year the row applies to</source>
        <translation>该行适用的某一年</translation>
    </message>
    <message>
        <source>allow unencrypted bundles (trials only)</source>
        <translation>允许未加密的同步包（仅限试用）</translation>
    </message>
    <message>
        <source>amount of data (1.0: about 20,000 records)</source>
        <translation>数据量（1.0：约 20,000 条记录）</translation>
    </message>
    <message>
        <source>an empty PostgreSQL database's URL (postgresql://user@host/dbname), or a new database file</source>
        <translation>一个空的 PostgreSQL 数据库地址（postgresql://用户@主机/库名），或一个新的数据库文件</translation>
    </message>
    <message>
        <source>back up the database now (SQLite backup API, verified; a PostgreSQL store: pg_dump, verified)</source>
        <translation>立即备份数据库（SQLite 备份接口，并校验；PostgreSQL 服务器上的数据库：pg_dump，并校验）</translation>
    </message>
    <message>
        <source>bundle files (.lsbundle), or folders holding them</source>
        <translation>同步包文件（.lsbundle），或存放它们的文件夹</translation>
    </message>
    <message>
        <source>canonical dump of synced data, for comparing databases</source>
        <translation>同步数据的规范转储，用于比较数据库</translation>
    </message>
    <message>
        <source>change a row's threshold, years, unit, name, wording or rule</source>
        <translation>修改一行指标的目标值、年份、单位、名称、原文或统计规则</translation>
    </message>
    <message>
        <source>check and count only; change nothing</source>
        <translation>只检查和计数，不做任何修改</translation>
    </message>
    <message>
        <source>consolidated sheet of every county</source>
        <translation>全部县的汇总表</translation>
    </message>
    <message>
        <source>copy this office (or lead) store into an empty PostgreSQL database or a new database file, and prove the copy (dump --json of both equal)</source>
        <translation>把本办公室（或组长）的数据库复制到一个空的 PostgreSQL 数据库或一个新的数据库文件，并验证副本（两者的 dump --json 相同）</translation>
    </message>
    <message>
        <source>counting rule, e.g. "sum events.amount kind=sale" (see targets rules)</source>
        <translation>统计规则，例如 "sum events.amount kind=sale"（见 targets rules）</translation>
    </message>
    <message>
        <source>county (each county), city (市本级) or total (全市)</source>
        <translation>county（各县）、city（市本级）或 total（全市）</translation>
    </message>
    <message>
        <source>create and stamp a database (device id, role)</source>
        <translation>创建数据库并写入本机身份（设备编号、角色）</translation>
    </message>
    <message>
        <source>create, list and restore verified backups</source>
        <translation>创建、列出和恢复经过校验的备份</translation>
    </message>
    <message>
        <source>deployment (enrolment) file from the office</source>
        <translation>市办发来的部署（登记）文件</translation>
    </message>
    <message>
        <source>do it (without: only say what it would do)</source>
        <translation>确实执行（不加此项：只说明将会做什么）</translation>
    </message>
    <message>
        <source>do it (without: only say what it would undo)</source>
        <translation>确实执行（不加此项：只说明将会撤销什么）</translation>
    </message>
    <message>
        <source>drop a quarantined bundle</source>
        <translation>丢弃一个隔离的数据包</translation>
    </message>
    <message>
        <source>e.g. 四川省广元市旺苍县 (default: the parent's and the name)</source>
        <translation>例如 四川省广元市旺苍县（默认：上级的全称加名称）</translation>
    </message>
    <message>
        <source>encoding of redirected or piped output (default utf-8, no BOM; e.g. gbk, gb18030, utf-8-sig); a console always gets Unicode</source>
        <translation>重定向或管道输出的编码（默认 utf-8，不带 BOM；例如 gbk、gb18030、utf-8-sig）；控制台总是使用 Unicode</translation>
    </message>
    <message>
        <source>encrypt a plain database (verified copy; plain file and backups removed)</source>
        <translation>加密未加密的数据库（校验副本；删除明文文件及其备份）</translation>
    </message>
    <message>
        <source>encryption of the database file: status, encrypt, decrypt, unlock</source>
        <translation>数据库文件的加密：状态、加密、解密、解锁</translation>
    </message>
    <message>
        <source>every change, not only what is new</source>
        <translation>全部更改，而不只是新的</translation>
    </message>
    <message>
        <source>every issued device: role, issuer, issue time, revoked</source>
        <translation>所有已签发的设备：角色、签发者、签发时间、是否吊销</translation>
    </message>
    <message>
        <source>export a ledger</source>
        <translation>导出一本台账</translation>
    </message>
    <message>
        <source>export or import sync bundle files</source>
        <translation>导出或导入同步包文件</translation>
    </message>
    <message>
        <source>field (a field cadre's laptop, the default), lead or office; with --join the file decides</source>
        <translation>field（外派干部的笔记本，默认）、lead（组长）或 office（市办）；使用 --join 时由文件决定</translation>
    </message>
    <message>
        <source>fill an empty database with realistic synthetic data</source>
        <translation>用逼真的模拟数据填充一个空数据库</translation>
    </message>
    <message>
        <source>first day of the new period</source>
        <translation>新一期的第一天</translation>
    </message>
    <message>
        <source>first year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>from this day (default today)</source>
        <translation>从这一天起（默认今天）</translation>
    </message>
    <message>
        <source>give an issued device another role; it takes it from the office's next bundle</source>
        <translation>给已签发的设备换一个角色；它从市办的下一个同步包中获得新角色</translation>
    </message>
    <message>
        <source>give the office a key to laptops' databases</source>
        <translation>让市办持有笔记本数据库的密钥</translation>
    </message>
    <message>
        <source>import a quarantined bundle despite its clock</source>
        <translation>不顾时钟问题，导入一个隔离的数据包</translation>
    </message>
    <message>
        <source>import a workbook (all rows or none)</source>
        <translation>导入一个工作簿（要么全部导入，要么都不导入）</translation>
    </message>
    <message>
        <source>is the database encrypted, and where is its key kept</source>
        <translation>数据库是否加密，密钥保存在哪里</translation>
    </message>
    <message>
        <source>issue a new laptop: its deployment file</source>
        <translation>签发一台新笔记本：写出它的部署文件</translation>
    </message>
    <message>
        <source>issued devices: list, issue, renew keys, revoke (office)</source>
        <translation>已签发的设备：列出、签发、更新密钥、吊销（市办）</translation>
    </message>
    <message>
        <source>its name, e.g. 嘉川镇</source>
        <translation>名称，例如 嘉川镇</translation>
    </message>
    <message>
        <source>key fingerprints of this computer and the known devices</source>
        <translation>本机和已知设备的密钥指纹</translation>
    </message>
    <message>
        <source>labor placement register of a county for a period</source>
        <translation>某县某一时期的劳务协作登记表</translation>
    </message>
    <message>
        <source>language of messages: zh_CN (Chinese, the default) or en (English)</source>
        <translation>提示信息的语言：zh_CN（中文，默认）或 en（英文）</translation>
    </message>
    <message>
        <source>last day of the new period</source>
        <translation>新一期的最后一天</translation>
    </message>
    <message>
        <source>last year (default: the first)</source>
        <translation>截止年份（默认与起始年份相同）</translation>
    </message>
    <message>
        <source>lishui or sichuan</source>
        <translation>lishui（丽水）或 sichuan（四川）</translation>
    </message>
    <message>
        <source>lishui-desktop on the command line: the same records and rules as the window. Exit codes: 0 done, 1 a check found damage, 2 bad input (one line on stderr).</source>
        <translation>丽水东西部扶贫协作台账的命令行：与窗口程序相同的记录和规则。退出码：0 完成，1 检查发现损坏，2 输入有误（在标准错误输出一行说明）。</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>列出备份，最新的在前</translation>
    </message>
    <message>
        <source>list what a person must decide</source>
        <translation>列出需要人工决定的事项</translation>
    </message>
    <message>
        <source>list, add, change and end targets and their counting rules</source>
        <translation>列出、新增、修改和结束考核指标及其统计规则</translation>
    </message>
    <message>
        <source>list, add, rename, merge and retire places</source>
        <translation>列出、新增、改名、合并和停用地名</translation>
    </message>
    <message>
        <source>merge people entered twice into one</source>
        <translation>把重复录入的人员合并为一人</translation>
    </message>
    <message>
        <source>merge records entered twice (sessions, placements, pairings...) into one</source>
        <translation>把重复录入的记录（培训班、劳务协作、结对关系……）合并为一条</translation>
    </message>
    <message>
        <source>monthly sheet of a county, or of every county (--all)</source>
        <translation>某县的月报表，或全部县的汇总（--all）</translation>
    </message>
    <message>
        <source>name of this laptop, e.g. 平昌-01</source>
        <translation>本机的名称，例如 平昌-01</translation>
    </message>
    <message>
        <source>new keys for a device: a key file it installs</source>
        <translation>为设备更新密钥：写出它要安装的密钥文件</translation>
    </message>
    <message>
        <source>no longer offered for new records (records stay)</source>
        <translation>新记录中不再提供（已有记录保留）</translation>
    </message>
    <message>
        <source>offer it again</source>
        <translation>重新提供</translation>
    </message>
    <message>
        <source>on: allow them; off: encrypted bundles only</source>
        <translation>on：允许；off：只接受加密的同步包</translation>
    </message>
    <message>
        <source>only records of this year</source>
        <translation>只列出这一年的记录</translation>
    </message>
    <message>
        <source>only the rows that apply to this year</source>
        <translation>只列出适用于这一年的行</translation>
    </message>
    <message>
        <source>open with the recovery code (or the office's key) and keep the key here</source>
        <translation>用恢复码（或市办的密钥）打开，并把密钥保存在本机</translation>
    </message>
    <message>
        <source>pairing list laid out as the seed's annex</source>
        <translation>结对关系清单（按原始附件的格式）</translation>
    </message>
    <message>
        <source>pairing periods: renew a pairing for a new period</source>
        <translation>结对期限：为结对关系续签新一期</translation>
    </message>
    <message>
        <source>preview or import bundle files, each in one transaction</source>
        <translation>预览或导入同步包文件，每个文件在一个事务中完成</translation>
    </message>
    <message>
        <source>print a form as PDF</source>
        <translation>把报表输出为 PDF</translation>
    </message>
    <message>
        <source>print full resident IDs and phones (recorded)</source>
        <translation>打印完整的身份证号和电话（会被记录）</translation>
    </message>
    <message>
        <source>print the records of a ledger</source>
        <translation>列出一本台账的记录</translation>
    </message>
    <message>
        <source>print the result as JSON, for scripts</source>
        <translation>以 JSON 输出结果，供脚本使用</translation>
    </message>
    <message>
        <source>progress against the targets for a year</source>
        <translation>某一年考核指标的完成进度</translation>
    </message>
    <message>
        <source>protect the decryption key with a passphrase</source>
        <translation>用口令保护解密密钥</translation>
    </message>
    <message>
        <source>quick_check, foreign_key_check and values changed outside the program; exit 1 if any</source>
        <translation>quick_check、foreign_key_check 以及程序之外被改动的数据；发现问题则以 1 退出</translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation>随机种子（种子相同，数据相同）</translation>
    </message>
    <message>
        <source>restore a backup (the current database is kept as a backup)</source>
        <translation>恢复一个备份（当前数据库会另存为备份）</translation>
    </message>
    <message>
        <source>revoke a device (a lost laptop): its later changes are refused</source>
        <translation>吊销一台设备（丢失的笔记本）：此后它的更改都会被拒绝</translation>
    </message>
    <message>
        <source>roster of a training session</source>
        <translation>培训班花名册</translation>
    </message>
    <message>
        <source>row id, or target id with --scope and --year</source>
        <translation>行编号，或指标编号加 --scope 和 --year</translation>
    </message>
    <message>
        <source>session id (or a unique prefix)</source>
        <translation>培训班编号（或能唯一确定的前几位）</translation>
    </message>
    <message>
        <source>set a start passphrase (for a computer without a credential store)</source>
        <translation>设定启动口令（用于没有凭据存储的电脑）</translation>
    </message>
    <message>
        <source>settle a field in conflict (a new edit that syncs)</source>
        <translation>裁定一个有冲突的字段（作为一次新的、会同步的修改）</translation>
    </message>
    <message>
        <source>show full resident IDs and phones</source>
        <translation>显示完整的身份证号和电话</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>显示将会有哪些变化，不写入任何内容</translation>
    </message>
    <message>
        <source>sign-in sheet of a training session</source>
        <translation>培训班签到表</translation>
    </message>
    <message>
        <source>take the decryption key back from a paper backup</source>
        <translation>从纸质备份中取回解密密钥</translation>
    </message>
    <message>
        <source>target id, e.g. training.wealth_leaders or industry.consumer_sales</source>
        <translation>指标编号，例如 training.wealth_leaders 或 industry.consumer_sales</translation>
    </message>
    <message>
        <source>targets for a year copied from the year before</source>
        <translation>从上一年复制出某一年的考核指标</translation>
    </message>
    <message>
        <source>the .xlsx file to write</source>
        <translation>要写出的 .xlsx 文件</translation>
    </message>
    <message>
        <source>the Lishui county</source>
        <translation>丽水的县（市、区）</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>要写出的 PDF 文件</translation>
    </message>
    <message>
        <source>the Sichuan side's name, if not the partner's full name</source>
        <translation>四川一方的名称（如果不是结对县的全称）</translation>
    </message>
    <message>
        <source>the agreement it rests on (its title)</source>
        <translation>所依据的协议（标题）</translation>
    </message>
    <message>
        <source>the backup's id, as `lishui backup list` shows it</source>
        <translation>备份编号，即 `lishui backup list` 显示的编号</translation>
    </message>
    <message>
        <source>the bundle file, or a folder to name it in</source>
        <translation>同步包文件，或由程序在其中命名文件的文件夹</translation>
    </message>
    <message>
        <source>the chosen value as JSON, e.g. '"张三"' or 3</source>
        <translation>选定的值（JSON 格式），例如 '"张三"' 或 3</translation>
    </message>
    <message>
        <source>the database file, or a PostgreSQL store's URL (default: LISHUI_DB, else the user's data folder)</source>
        <translation>数据库文件，或 PostgreSQL 库的地址（默认：LISHUI_DB，否则为用户数据文件夹）</translation>
    </message>
    <message>
        <source>the day of the change (default today)</source>
        <translation>变更日期（默认今天）</translation>
    </message>
    <message>
        <source>the day of the merger (default today)</source>
        <translation>合并日期（默认今天）</translation>
    </message>
    <message>
        <source>the deployment file for that laptop</source>
        <translation>给那台笔记本的部署文件</translation>
    </message>
    <message>
        <source>the deployment file to write</source>
        <translation>要写出的部署文件</translation>
    </message>
    <message>
        <source>the field in conflict</source>
        <translation>有冲突的字段</translation>
    </message>
    <message>
        <source>the ids of the same person's records; the first is kept</source>
        <translation>同一人的各条记录编号；保留第一个</translation>
    </message>
    <message>
        <source>the ids of the same record entered twice; the first is kept</source>
        <translation>重复录入的同一记录的编号；保留第一个</translation>
    </message>
    <message>
        <source>the key file for that laptop</source>
        <translation>给那台笔记本的密钥文件</translation>
    </message>
    <message>
        <source>the key file from the office</source>
        <translation>市办发来的密钥文件</translation>
    </message>
    <message>
        <source>the laptop it is for (e.g. 平昌-01): the office issues it</source>
        <translation>文件给哪台笔记本（例如 平昌-01）：由市办为它签发身份</translation>
    </message>
    <message>
        <source>the laptop's name, e.g. 平昌-01</source>
        <translation>笔记本的名称，例如 平昌-01</translation>
    </message>
    <message>
        <source>the last year it applies to</source>
        <translation>适用的最后一年</translation>
    </message>
    <message>
        <source>the ledger, as `lishui conflicts list` shows it in brackets (e.g. projects)</source>
        <translation>台账，即 `lishui conflicts list` 括号中显示的名称（例如 projects）</translation>
    </message>
    <message>
        <source>the ledger: %1</source>
        <translation>台账：%1</translation>
    </message>
    <message>
        <source>the ledgers, filters and fields a counting rule may use</source>
        <translation>统计规则可以使用的台账、筛选条件和字段</translation>
    </message>
    <message>
        <source>the level: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <source>the month, e.g. 2019-10</source>
        <translation>月份，例如 2019-10</translation>
    </message>
    <message>
        <source>the new code</source>
        <translation>新代码</translation>
    </message>
    <message>
        <source>the new full name</source>
        <translation>新全称</translation>
    </message>
    <message>
        <source>the new name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>the new role: field (a field cadre's laptop), lead (a working-group lead) or office</source>
        <translation>新角色：field（外派干部的笔记本）、lead（工作组组长）或 office（市办）</translation>
    </message>
    <message>
        <source>the new year, e.g. 2020</source>
        <translation>新的年份，例如 2020</translation>
    </message>
    <message>
        <source>the office's deployment file for new laptops</source>
        <translation>市办为新笔记本准备的部署文件</translation>
    </message>
    <message>
        <source>the office's store: move it to a PostgreSQL server, or back to a file</source>
        <translation>办公室的数据库：迁移到 PostgreSQL 服务器，或迁回数据库文件</translation>
    </message>
    <message>
        <source>the paper backup typed back into a text file</source>
        <translation>把纸质备份重新录入而成的文本文件</translation>
    </message>
    <message>
        <source>the period's first day</source>
        <translation>时期的第一天</translation>
    </message>
    <message>
        <source>the period's last day</source>
        <translation>时期的最后一天</translation>
    </message>
    <message>
        <source>the person using this laptop (recorded in history)</source>
        <translation>使用本机的人（记入历史）</translation>
    </message>
    <message>
        <source>the place it belongs to (a town's county, a county's city)</source>
        <translation>上级地名（乡镇所属的县、县所属的市）</translation>
    </message>
    <message>
        <source>the place it joins</source>
        <translation>并入的地名</translation>
    </message>
    <message>
        <source>the place: its name, full name or code</source>
        <translation>地名：名称、全称或代码</translation>
    </message>
    <message>
        <source>the places (counties, towns, villages, schools, hospitals)</source>
        <translation>地名（县、乡镇、村、学校、医院）</translation>
    </message>
    <message>
        <source>the plain copy to write (a new file)</source>
        <translation>要写出的未加密副本（一个新文件）</translation>
    </message>
    <message>
        <source>the quarantined bundle's number in `lishui conflicts list`</source>
        <translation>隔离数据包在 `lishui conflicts list` 中的编号</translation>
    </message>
    <message>
        <source>the recipient: a device's name or id (default: the office)</source>
        <translation>接收方：设备名称或编号（默认：市办）</translation>
    </message>
    <message>
        <source>the record's id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>the reply file the laptop wrote</source>
        <translation>笔记本写出的回复文件</translation>
    </message>
    <message>
        <source>the reply file to write; give it to the office</source>
        <translation>要写出的回复文件；把它交给市办</translation>
    </message>
    <message>
        <source>the review queue: conflicts, deleted edits, duplicates</source>
        <translation>待审队列：冲突、对已删除记录的修改、重复</translation>
    </message>
    <message>
        <source>the role: field (a field cadre's laptop, the default), lead (a working-group lead) or office</source>
        <translation>角色：field（外派干部的笔记本，默认）、lead（工作组组长）或 office（市办）</translation>
    </message>
    <message>
        <source>the row no longer applies after a year</source>
        <translation>该行在某年之后不再适用</translation>
    </message>
    <message>
        <source>the table, as `lishui conflicts list --json` names it</source>
        <translation>表名，即 `lishui conflicts list --json` 中的名称</translation>
    </message>
    <message>
        <source>the target rows (of one year)</source>
        <translation>指标行（某一年的）</translation>
    </message>
    <message>
        <source>the target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>the target's name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>the text file to write (print it, then delete it)</source>
        <translation>要写出的文本文件（打印后删除）</translation>
    </message>
    <message>
        <source>the unit: %1 (or 个, 人, 人次, 元, 万元, 次, 家)</source>
        <translation>单位：%1（或 个、人、人次、元、万元、次、家）</translation>
    </message>
    <message>
        <source>the words of the document that sets it</source>
        <translation>设定该指标的文件原文</translation>
    </message>
    <message>
        <source>the workbook to read: .xlsx, .xls, .et, .xlsb, .ods or .csv (the kind is read from the content)</source>
        <translation>要读取的工作簿：.xlsx、.xls、.et、.xlsb、.ods 或 .csv（格式按内容识别）</translation>
    </message>
    <message>
        <source>this computer's keys: passphrase, paper backup, known devices</source>
        <translation>本机的密钥：口令、纸质备份、已知设备</translation>
    </message>
    <message>
        <source>trainees: the Lishui county or 市本级 that organised it</source>
        <translation>培训学员：主办的丽水县（市、区）或市本级</translation>
    </message>
    <message>
        <source>trainees: the session's category (农村致富带头人, 贫困村干部 …)</source>
        <translation>培训学员：培训班类别（农村致富带头人、贫困村干部……）</translation>
    </message>
    <message>
        <source>trainees: the session's first day (2019-03-01)</source>
        <translation>培训学员：培训班的第一天（2019-03-01）</translation>
    </message>
    <message>
        <source>trainees: the session's last day</source>
        <translation>培训学员：培训班的最后一天</translation>
    </message>
    <message>
        <source>trainees: the session's title, for sheets without one</source>
        <translation>培训学员：培训班名称（用于没有写名称的表）</translation>
    </message>
    <message>
        <source>trainees: where it took place</source>
        <translation>培训学员：培训地点</translation>
    </message>
    <message>
        <source>undelete a record deleted on one computer while edited on another</source>
        <translation>恢复在一台电脑上被删除、同时在另一台上被修改的记录</translation>
    </message>
    <message>
        <source>undo the last import from its pre-import backup</source>
        <translation>用导入前的备份撤销最近一次导入</translation>
    </message>
    <message>
        <source>where to write the marked copy (default NAME.errors.xlsx)</source>
        <translation>标注了问题的副本写到哪里（默认 原文件名.errors.xlsx）</translation>
    </message>
    <message>
        <source>write a blank template</source>
        <translation>写出一个空白模板</translation>
    </message>
    <message>
        <source>write a bundle of what the recipient lacks</source>
        <translation>写出一个同步包，内含接收方还没有的内容</translation>
    </message>
    <message>
        <source>write a deployment file (key and reference data)</source>
        <translation>写出部署文件（密钥和基础数据）</translation>
    </message>
    <message>
        <source>write a plain copy for a support case (audited)</source>
        <translation>为技术支持写出一个未加密副本（会被审计记录）</translation>
    </message>
    <message>
        <source>write full resident IDs and phones</source>
        <translation>写出完整的身份证号和电话</translation>
    </message>
    <message>
        <source>write the private keys as text to print and lock away</source>
        <translation>把私钥写成文本，用于打印并锁好保存</translation>
    </message>
    <message>
        <source>year, e.g. 2019</source>
        <translation>年份，例如 2019</translation>
    </message>
</context>
<context>
    <name>CliMetavar</name>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>AGREEMENT</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>COUNTY</source>
        <translation>县</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>文件.pdf</translation>
    </message>
    <message>
        <source>FULL_NAME</source>
        <translation>全称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>指标编号</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ORGANISER</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>PAIRING</source>
        <translation>结对</translation>
    </message>
    <message>
        <source>PARENT</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>结对县</translation>
    </message>
    <message>
        <source>PARTY</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>地名</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>一方</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <source>WORDING</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>年-月</translation>
    </message>
</context>
<context>
    <name>CountyModel</name>
    <message>
        <source>Missing</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Seed wording</source>
        <translation>文件原文</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月新增</translation>
    </message>
    <message>
        <source>Year to date / target</source>
        <translation>年初至今 / 目标</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Added this month: %1</source>
        <translation>本月新增：%1</translation>
    </message>
    <message>
        <source>Click to open the records behind this figure.</source>
        <translation>点击查看这个数字背后的记录。</translation>
    </message>
    <message>
        <source>Year to date %1 of %2; missing %3</source>
        <translation>年初至今 %1，目标 %2，差 %3</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 of %2 targets met</source>
        <translation>已完成 %1 项，共 %2 项</translation>
    </message>
    <message>
        <source>+N added in the month</source>
        <translation>+N 为本月新增</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县（市、区）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Edit thresholds and years, add targets for a new year</source>
        <translation>修改目标值和年份，为新的年度添加目标</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <source>No targets for %1. Add them with Targets…</source>
        <translation>%1 年没有目标。请通过“指标设置…”添加。</translation>
    </message>
    <message>
        <source>Progress against the targets</source>
        <translation>目标完成情况</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>指标设置…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>on track for the month</source>
        <translation>进度正常</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a store on a PostgreSQL server; this command works only on a database file.</source>
        <translation>%1 是 PostgreSQL 服务器上的数据库；此命令只能用于数据库文件。</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL store %1: %2</source>
        <translation>无法打开 PostgreSQL 数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid PostgreSQL URL.</source>
        <translation>数据库地址 %1 不是有效的 PostgreSQL 地址。</translation>
    </message>
    <message>
        <source>The database address %1 names no database.</source>
        <translation>数据库地址 %1 没有指明数据库名。</translation>
    </message>
    <message>
        <source>The database address may not contain a password (it would stay in the shell history and the log). Put it in ~/.pgpass or a PostgreSQL service file.</source>
        <translation>数据库地址中不能写密码（它会留在命令历史和日志里）。请把密码放在 ~/.pgpass 或 PostgreSQL 服务文件中。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the program (schema %1). Install the newer version to open it; the file has not been changed.</source>
        <translation>此数据库由更新版本的程序写入（数据结构版本 %1）。请安装新版本后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>Waiting for %1's changes to be saved…</source>
        <translation>正在等待 %1 的修改保存完成…</translation>
    </message>
    <message>
        <source>Waiting for %1's import…</source>
        <translation>正在等待 %1 的导入完成…</translation>
    </message>
    <message>
        <source>Waiting for another person's work on this store…</source>
        <translation>正在等待他人在此数据库上的操作完成…</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database has no county pairings to fill.</source>
        <translation>数据库中没有县县结对关系，无法生成演示数据。</translation>
    </message>
    <message>
        <source>This database already holds records; demo data is only added to an empty database. Use a new file, e.g. lishui --db demo.sqlite3 demo.</source>
        <translation>此数据库已有记录；演示数据只能加入空数据库。请使用新文件，例如 lishui --db demo.sqlite3 demo。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Bring it back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Some typing is not saved:
%1
Save it before closing?</source>
        <translation>以下录入尚未保存：
%1
关闭前先保存吗？</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Typing that was not saved last time was kept:
%1
Bring it back?</source>
        <translation>上次未保存的录入已留存：
%1
要恢复吗？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Unsaved typing from last time</source>
        <translation>上次未保存的录入</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；请换一个新文件名。</translation>
    </message>
    <message>
        <source>The converted copy did not match the database (%1); nothing was changed.</source>
        <translation>转换后的副本与数据库不一致（%1）；没有做任何改动。</translation>
    </message>
    <message>
        <source>The database %1 is already encrypted.</source>
        <translation>数据库 %1 已经加密。</translation>
    </message>
    <message>
        <source>The database %1 is encrypted and this computer does not hold its key. Enter the recovery code printed on the paper key backup (lishui db unlock), or ask the office.</source>
        <translation>数据库 %1 已加密，本机没有它的密钥。请输入纸质密钥备份上的恢复码（lishui db unlock），或联系市办。</translation>
    </message>
    <message>
        <source>The database %1 is encrypted and this computer has no credential store to keep its key (on Linux: the desktop's Secret Service). Enter the recovery code from the paper key backup, or ask the office.</source>
        <translation>数据库 %1 已加密，而本机没有可保存密钥的凭据存储（Linux 上即桌面的 Secret Service）。请输入纸质密钥备份上的恢复码，或联系市办。</translation>
    </message>
    <message>
        <source>The database %1 is encrypted but its key file %2 is missing. Copy the key file together with the database (it is beside it in the data folder), or ask the office.</source>
        <translation>数据库 %1 已加密，但缺少它的密钥文件 %2。请把密钥文件和数据库一起复制过来（它在数据文件夹里、数据库旁边），或联系市办。</translation>
    </message>
    <message>
        <source>The database %1 is encrypted: enter its start passphrase, or the recovery code from the paper key backup.</source>
        <translation>数据库 %1 已加密：请输入启动口令，或纸质密钥备份上的恢复码。</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted.</source>
        <translation>数据库 %1 没有加密。</translation>
    </message>
    <message>
        <source>The database is damaged (%1), so it was not encrypted. Restore a good backup first (lishui backup list).</source>
        <translation>数据库已损坏（%1），所以没有加密。请先恢复一个完好的备份（lishui backup list）。</translation>
    </message>
    <message>
        <source>The key does not open this database: it belongs to another database or the file is damaged. Use the recovery code of this database's paper key backup, or ask the office.</source>
        <translation>这个密钥打不开这个数据库：它属于另一个数据库，或者文件已损坏。请使用这个数据库的纸质密钥备份上的恢复码，或联系市办。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged. Copy it again from a backup of this computer, or ask the office to open the database with its key.</source>
        <translation>密钥文件 %1 已损坏。请从本机的备份中重新复制，或请市办用它的密钥打开数据库。</translation>
    </message>
    <message>
        <source>The key of the database %1 is not in this computer's credential store (the file comes from another computer, or the store was reset). Enter the recovery code from the paper key backup, or ask the office.</source>
        <translation>本机的凭据存储中没有数据库 %1 的密钥（文件来自另一台电脑，或凭据存储被重置了）。请输入纸质密钥备份上的恢复码，或联系市办。</translation>
    </message>
    <message>
        <source>The office requires a start passphrase for this database: choose one (at least 8 characters; scripts: LISHUI_DB_PASSPHRASE).</source>
        <translation>市办要求这个数据库使用启动口令：请设定一个（至少 8 个字符；脚本可用 LISHUI_DB_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>The office's key does not open this database: its key was not given to this office (the deployment did not ask for it). Use the laptop's recovery code.</source>
        <translation>市办的密钥打不开这个数据库：它的密钥没有交给这个市办（部署文件没有要求）。请使用这台笔记本的恢复码。</translation>
    </message>
    <message>
        <source>The recovery code is not complete or has a typing mistake; check every group of four against the paper key backup.</source>
        <translation>恢复码不完整或有输入错误；请对照纸质密钥备份逐组（每组四个字符）核对。</translation>
    </message>
    <message>
        <source>The start passphrase is wrong. Try again, or use the recovery code from the paper key backup.</source>
        <translation>启动口令不对。请再试一次，或使用纸质密钥备份上的恢复码。</translation>
    </message>
    <message>
        <source>The start passphrase must have at least 8 characters.</source>
        <translation>启动口令至少要有 8 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>This computer has no credential store (on Linux: the Secret Service of the desktop, e.g. GNOME Keyring), so the database key cannot be kept without typing: choose a start passphrase of at least 8 characters, asked at each start (scripts: LISHUI_DB_PASSPHRASE).</source>
        <translation>本机没有凭据存储（Linux 上即桌面的 Secret Service，如 GNOME 密钥环），数据库密钥无法免输入保存：请设定一个至少 8 个字符的启动口令，每次启动时输入（脚本可用 LISHUI_DB_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>This database has no start passphrase; enter its recovery code from the paper key backup, or ask the office.</source>
        <translation>这个数据库没有启动口令；请输入纸质密钥备份上的恢复码，或联系市办。</translation>
    </message>
    <message>
        <source>This recovery code belongs to another database. Use the paper key backup of the computer this database comes from, or ask the office.</source>
        <translation>这个恢复码属于另一个数据库。请使用这个数据库原来那台电脑的纸质密钥备份，或联系市办。</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <source>%1 for the sheet %2: %3</source>
        <translation>工作表 %2 的%1：%3</translation>
    </message>
    <message>
        <source>%1 rows have %2 problems; nothing was imported.</source>
        <translation>%1 行有 %2 处问题，未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 rows imported: %2 new, %3 updated, %4 unchanged.</source>
        <translation>已导入 %1 行：新增 %2，更新 %3，未变 %4。</translation>
    </message>
    <message>
        <source>%1 rows to import: %2 new, %3 updated, %4 unchanged.</source>
        <translation>将导入 %1 行：新增 %2，更新 %3，未变 %4。</translation>
    </message>
    <message>
        <source>18 characters; type it in a cell formatted as text, never as a number.</source>
        <translation>18位；请在文本格式的单元格中填写，不要存成数字。</translation>
    </message>
    <message>
        <source>A date on or after the start date; leave empty if still going on.</source>
        <translation>不早于开始日期；尚未结束的留空。</translation>
    </message>
    <message>
        <source>A date such as 2019-03-01 (2019/3/1, 2019.3.1 and 2019年3月1日 are read too).</source>
        <translation>日期，如 2019-03-01（也可写 2019/3/1、2019.3.1、2019年3月1日）。</translation>
    </message>
    <message>
        <source>A date such as 2019-03-01.</source>
        <translation>日期，如 2019-03-01。</translation>
    </message>
    <message>
        <source>A date such as 2019-03-31.</source>
        <translation>日期，如 2019-03-31。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters with a valid check character.</source>
        <translation>统一社会信用代码为18位，且校验位须正确。</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>整数。</translation>
    </message>
    <message>
        <source>Also accepted as header</source>
        <translation>也可用的列名</translation>
    </message>
    <message>
        <source>An 11-digit mobile number or a landline with area code.</source>
        <translation>11位手机号，或带区号的固定电话。</translation>
    </message>
    <message>
        <source>An area and a name, such as training.wealth_leaders or industry.consumer_sales.</source>
        <translation>领域加名称，如 training.wealth_leaders 或 industry.consumer_sales。</translation>
    </message>
    <message>
        <source>Anything else worth keeping.</source>
        <translation>其他需要记录的情况。</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <source>Checking %1 rows</source>
        <translation>正在检查 %1 行</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>从下拉列表中选择。</translation>
    </message>
    <message>
        <source>Choose from the list; empty means active.</source>
        <translation>从列表中选择；留空表示进行中。</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>请从以下选项中选择：%1。</translation>
    </message>
    <message>
        <source>City or county where the work is.</source>
        <translation>就业所在的市或县。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Columns may be in any order; other columns are ignored; empty rows are skipped.</source>
        <translation>各列顺序不限；其他列会被忽略；空行自动跳过。</translation>
    </message>
    <message>
        <source>Comparing with the database</source>
        <translation>正在与数据库比对</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Every sheet of this workbook is hidden (%1); show the roster's sheet and save it again.</source>
        <translation>该工作簿的所有工作表都已隐藏（%1）；请取消隐藏花名册所在的工作表后重新保存。</translation>
    </message>
    <message>
        <source>Filled in by exports: the record this row updates. Leave it empty for new rows; never copy it to another row.</source>
        <translation>由导出填写：本行更新的记录。新增的行请留空；不要复制到其他行。</translation>
    </message>
    <message>
        <source>Former names and codes (written by exports; not read).</source>
        <translation>曾用名和旧代码（导出时写出；导入时不读取）。</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>姓名全称。</translation>
    </message>
    <message>
        <source>Hidden sheets, not read: %1.</source>
        <translation>隐藏的工作表未读取：%1。</translation>
    </message>
    <message>
        <source>How it is counted, such as sum events.amount kind=sale (empty: as the target id counts).</source>
        <translation>统计规则，如 sum events.amount kind=sale（留空：按该指标编号原有规则统计）。</translation>
    </message>
    <message>
        <source>How to fill in</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source>How to fill in the sheet %1</source>
        <translation>“%1”工作表填写说明</translation>
    </message>
    <message>
        <source>If any row has a problem nothing is imported, and a copy of the file comes back with each problem marked.</source>
        <translation>只要有一行有问题就不会导入任何数据，并会生成一份逐格标注问题的文件副本。</translation>
    </message>
    <message>
        <source>Importing row %1 of %2</source>
        <translation>正在导入第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>No sheet of this workbook has the expected column headers (%1).</source>
        <translation>工作簿中没有任何工作表含有应有的列标题（%1）。</translation>
    </message>
    <message>
        <source>One row per record; the second row explains each column and is skipped on import.</source>
        <translation>每行一条记录；第二行为各列说明，导入时自动跳过。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Optional: from this day the place is no longer offered for new records.</source>
        <translation>选填：自该日起新记录不再可选此地名。</translation>
    </message>
    <message>
        <source>Optional: hours of training.</source>
        <translation>选填：培训学时。</translation>
    </message>
    <message>
        <source>Optional: industry.</source>
        <translation>选填：所属行业。</translation>
    </message>
    <message>
        <source>Optional: such as 四川省广元市旺苍县.</source>
        <translation>选填：如 四川省广元市旺苍县。</translation>
    </message>
    <message>
        <source>Optional: the GB/T 2260 code (6 digits for a county, 9 for a town, 12 for a village).</source>
        <translation>选填：GB/T 2260 行政区划代码（县 6 位，乡镇 9 位，村 12 位）。</translation>
    </message>
    <message>
        <source>Optional: the Lishui county or 市本级 responsible; by default the county paired with the home county.</source>
        <translation>选填：负责的丽水县（市、区）或市本级；不填则按户籍县的结对县计。</translation>
    </message>
    <message>
        <source>Optional: the Sichuan county the session was for.</source>
        <translation>选填：培训对象所在的四川受援县。</translation>
    </message>
    <message>
        <source>Optional: the agreement.</source>
        <translation>选填：结对协议。</translation>
    </message>
    <message>
        <source>Optional: the employer's 18-character code.</source>
        <translation>选填：用工单位18位统一社会信用代码。</translation>
    </message>
    <message>
        <source>Optional: the place this one joined; its records move there.</source>
        <translation>选填：并入的地名；原有记录随之转入。</translation>
    </message>
    <message>
        <source>Optional: the trainee's own category when it differs from the session's.</source>
        <translation>选填：学员本人类别与培训班类别不同时填写。</translation>
    </message>
    <message>
        <source>Optional: the trainee's post.</source>
        <translation>选填：学员职务。</translation>
    </message>
    <message>
        <source>Optional: the words of the document.</source>
        <translation>选填：文件原文表述。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题汇总</translation>
    </message>
    <message>
        <source>Reading the ledger</source>
        <translation>正在读取台账</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>正在读取工作簿</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Row %1 has the same resident ID under another name (%2).</source>
        <translation>第 %1 行有相同的身份证号，但姓名不同（%2）。</translation>
    </message>
    <message>
        <source>Row %1 of the same session says otherwise.</source>
        <translation>同一培训班的第 %1 行填写的不一样。</translation>
    </message>
    <message>
        <source>Rows with the same session title and start date form one session.</source>
        <translation>培训班名称和开始日期相同的行属于同一期培训班。</translation>
    </message>
    <message>
        <source>Session: %1, %2 (%3).</source>
        <translation>培训班：%1，%2（%3）。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Sheet %1: %2 rows (%3 new, %4 updated, %5 unchanged).</source>
        <translation>工作表 %1：%2 行（新增 %3，更新 %4，未变 %5）。</translation>
    </message>
    <message>
        <source>Sheets without a table of this kind, not read: %1.</source>
        <translation>没有此类表格的工作表未读取：%1。</translation>
    </message>
    <message>
        <source>The Lishui county or 市本级 paying.</source>
        <translation>出资的丽水县（市、区）或市本级。</translation>
    </message>
    <message>
        <source>The Lishui county or 市本级 that organised the session.</source>
        <translation>主办的丽水县（市、区）或市本级。</translation>
    </message>
    <message>
        <source>The Lishui county or 市本级 that sent the cadre.</source>
        <translation>选派干部的丽水县（市、区）或市本级。</translation>
    </message>
    <message>
        <source>The Lishui county or 市本级.</source>
        <translation>丽水县（市、区）或市本级。</translation>
    </message>
    <message>
        <source>The Lishui town, village, school, hospital or enterprise.</source>
        <translation>丽水方的乡镇、村、学校、医院或企业。</translation>
    </message>
    <message>
        <source>The Sichuan county of the post.</source>
        <translation>挂职所在的四川县（区）。</translation>
    </message>
    <message>
        <source>The Sichuan county receiving the funds.</source>
        <translation>接受资金的四川受援县（区）。</translation>
    </message>
    <message>
        <source>The Sichuan county.</source>
        <translation>四川县（区）。</translation>
    </message>
    <message>
        <source>The Sichuan town, village, school or hospital.</source>
        <translation>四川方的乡镇、村、学校或医院。</translation>
    </message>
    <message>
        <source>The cadre's unit in Lishui.</source>
        <translation>干部在丽水的原工作单位。</translation>
    </message>
    <message>
        <source>The employer's name.</source>
        <translation>用工单位名称。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <source>The file is too large to be a roster (%1 MB).</source>
        <translation>文件过大，不像是花名册（%1 MB）。</translation>
    </message>
    <message>
        <source>The first year, such as 2021.</source>
        <translation>起始年度，如 2021。</translation>
    </message>
    <message>
        <source>The job.</source>
        <translation>就业岗位。</translation>
    </message>
    <message>
        <source>The last year (empty: the first year).</source>
        <translation>终止年度（留空：与起始年度相同）。</translation>
    </message>
    <message>
        <source>The place it belongs to: a town's county, a county's city (may be a row above).</source>
        <translation>所属上级：乡镇所属的县、县所属的市（可以是上面一行新增的地名）。</translation>
    </message>
    <message>
        <source>The place's name, such as 旺苍县 or 东河镇; a changed name is kept as a former name.</source>
        <translation>地名，如 旺苍县、东河镇；改名后原名作为曾用名保留。</translation>
    </message>
    <message>
        <source>The post held in Sichuan.</source>
        <translation>在四川挂职的岗位。</translation>
    </message>
    <message>
        <source>The resident ID number says the other gender.</source>
        <translation>身份证号显示的性别与所填不符。</translation>
    </message>
    <message>
        <source>The sheet %1 lacks the required columns: %2.</source>
        <translation>工作表 %1 缺少必填列：%2。</translation>
    </message>
    <message>
        <source>The sheet %1 spans %2 rows and %3 columns, far more than any roster; it was not read.</source>
        <translation>工作表 %1 占用 %2 行 %3 列，远超任何花名册的规模，未读取。</translation>
    </message>
    <message>
        <source>The target's name (needed for a new target id).</source>
        <translation>指标名称（新指标编号必填）。</translation>
    </message>
    <message>
        <source>The trainee's home county in Sichuan.</source>
        <translation>学员户籍所在的四川县（区）。</translation>
    </message>
    <message>
        <source>The workbook contains XML this program refuses to read (%1).</source>
        <translation>工作簿含有本程序拒绝读取的 XML 内容（%1）。</translation>
    </message>
    <message>
        <source>The workbook does not say the training session's %1; give it with the import (--session-title, --category, --organiser, --start) or add the columns.</source>
        <translation>工作簿未写明培训班的 %1；请在导入时填写（--session-title、--category、--organiser、--start），或在表中加上这些列。</translation>
    </message>
    <message>
        <source>The workbook has too many parts (%1); it is not a normal workbook.</source>
        <translation>工作簿包含的部件过多（%1），不是正常的工作簿。</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more data than it holds (a zip bomb); it was not opened.</source>
        <translation>工作簿解压后的数据量远超其大小（压缩炸弹），已拒绝打开。</translation>
    </message>
    <message>
        <source>The worker's home county in Sichuan.</source>
        <translation>务工人员户籍所在的四川县（区）。</translation>
    </message>
    <message>
        <source>The year, such as 2019.</source>
        <translation>年度，如 2019。</translation>
    </message>
    <message>
        <source>There is no such county or unit here; choose one of: %1.</source>
        <translation>没有这个县（区）或单位；请从以下选择：%1。</translation>
    </message>
    <message>
        <source>This 18-digit ID was stored as a number, so Excel has already rounded its last digits; format the column as text and type the ID again.</source>
        <translation>该18位身份证号被存成了数字，Excel 已把最后几位舍入；请把该列设为文本格式后重新录入身份证号。</translation>
    </message>
    <message>
        <source>This column is required.</source>
        <translation>此列必填。</translation>
    </message>
    <message>
        <source>This date is before the start date.</source>
        <translation>该日期早于开始日期。</translation>
    </message>
    <message>
        <source>This file is a web page or XML saved under a spreadsheet name; open it in Excel or WPS and save it as .xlsx.</source>
        <translation>该文件是以表格文件名保存的网页或 XML；请用 Excel 或 WPS 打开后另存为 .xlsx。</translation>
    </message>
    <message>
        <source>This file is not a workbook (xlsx, xls, ods or csv), or it is damaged.</source>
        <translation>该文件不是工作簿（xlsx、xls、ods 或 csv），或已损坏。</translation>
    </message>
    <message>
        <source>This is a PDF file, not a workbook.</source>
        <translation>这是 PDF 文件，不是工作簿。</translation>
    </message>
    <message>
        <source>This is a Word or PowerPoint file, not a workbook.</source>
        <translation>这是 Word 或 PowerPoint 文件，不是工作簿。</translation>
    </message>
    <message>
        <source>This is not a record number written by an export; leave the cell empty for a new record.</source>
        <translation>这不是导出时写入的记录编号；新增记录请将此格留空。</translation>
    </message>
    <message>
        <source>This row repeats row %1.</source>
        <translation>此行与第 %1 行重复。</translation>
    </message>
    <message>
        <source>This value is masked (it contains *); export with full IDs to import it again.</source>
        <translation>该值已打码（含 *）；如需重新导入，请导出完整号码。</translation>
    </message>
    <message>
        <source>This workbook is protected by a password; open it in Excel or WPS, remove the password and save it again.</source>
        <translation>该工作簿设有密码保护；请用 Excel 或 WPS 打开，取消密码后重新保存。</translation>
    </message>
    <message>
        <source>Town.</source>
        <translation>乡镇。</translation>
    </message>
    <message>
        <source>Training sessions: %1 new, %2 updated.</source>
        <translation>培训班：新增 %1，更新 %2。</translation>
    </message>
    <message>
        <source>Type resident IDs and phone numbers in cells formatted as text: a number cell loses the last digits of an 18-digit ID.</source>
        <translation>身份证号和电话请填在文本格式的单元格中：存成数字会丢失18位身份证号的最后几位。</translation>
    </message>
    <message>
        <source>Unknown kind %1; use one of: %2</source>
        <translation>未知的类型 %1；可用：%2</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>可选值</translation>
    </message>
    <message>
        <source>Village.</source>
        <translation>村（社区）。</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>填写内容</translation>
    </message>
    <message>
        <source>Where it took place.</source>
        <translation>培训举办地点。</translation>
    </message>
    <message>
        <source>Write a whole number, such as 12.</source>
        <translation>请填整数，如 12。</translation>
    </message>
    <message>
        <source>Write the year with four digits, such as 2019.</source>
        <translation>年度请写四位数字，如 2019。</translation>
    </message>
    <message>
        <source>Writing %1 rows</source>
        <translation>正在写出 %1 行</translation>
    </message>
    <message>
        <source>Writing to the database</source>
        <translation>正在写入数据库</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Yuan per month, such as 3500.</source>
        <translation>每月工资（元），如 3500。</translation>
    </message>
    <message>
        <source>Yuan, such as 30000000 or 3000万.</source>
        <translation>金额（元），如 30000000 或 3000万。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已有</translation>
    </message>
    <message>
        <source>个, 人, 人次, 元, 万元, 次 or 家.</source>
        <translation>个、人、人次、元、万元、次 或 家。</translation>
    </message>
    <message>
        <source>丽水 or 四川.</source>
        <translation>丽水 或 四川。</translation>
    </message>
    <message>
        <source>各县, 市本级 or 全市.</source>
        <translation>各县、市本级 或 全市。</translation>
    </message>
    <message>
        <source>市本级, 县, 镇, 村, 学校 or 医院.</source>
        <translation>市本级、县、镇、村、学校 或 医院。</translation>
    </message>
    <message>
        <source>是 or 否 (also √, Y, N).</source>
        <translation>填“是”或“否”（也可填 √、Y、N）。</translation>
    </message>
    <message>
        <source>是 or 否.</source>
        <translation>填“是”或“否”。</translation>
    </message>
    <message>
        <source>男 or 女; with a resident ID it must agree with the ID.</source>
        <translation>填“男”或“女”；填了身份证号时须与身份证号一致。</translation>
    </message>
</context>
<context>
    <name>ExcelDialogs</name>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已写出 %1 行到 %2</translation>
    </message>
    <message>
        <source>Cadre secondments</source>
        <translation>挂职干部</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，数据未作任何改动。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>帮扶资金</translation>
    </message>
    <message>
        <source>Labor placements</source>
        <translation>转移就业</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>结对关系</translation>
    </message>
    <message>
        <source>Places (counties, towns, villages, schools, hospitals)</source>
        <translation>地名（县、乡镇、村、学校、医院）</translation>
    </message>
    <message>
        <source>Targets and their counting rules</source>
        <translation>考核指标及统计规则</translation>
    </message>
    <message>
        <source>This ledger has no Excel export yet.</source>
        <translation>此台账暂不支持导出 Excel。</translation>
    </message>
    <message>
        <source>Trainees (training rosters)</source>
        <translation>培训学员（花名册）</translation>
    </message>
    <message>
        <source>Write full resident IDs and phone numbers? Choose No to mask them (the usual choice). A full export is recorded in the audit log.</source>
        <translation>是否写出完整的身份证号和电话？选“否”则打码（通常如此）。完整导出会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Everything (full bundle)</source>
        <translation>全部（完整数据包）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>数据包保存位置</translation>
    </message>
    <message>
        <source>For</source>
        <translation>发给</translation>
    </message>
    <message>
        <source>The office (what it is not known to hold)</source>
        <translation>办公室（对方尚未收到的内容）</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在写入同步包…</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 changes.</source>
        <translation>已写出 %1，含 %2 条更改。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Allocated</source>
        <translation>拨付金额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>使用金额</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>就业单位</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>月工资</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Registered poor household</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 is in use by another program, so it was not replaced and is unchanged. Close it and try again.</source>
        <translation>%1 正被其他程序占用，未能覆盖，原文件未改动。请关闭后重试。</translation>
    </message>
    <message>
        <source>%1 is open in %2, so it was not replaced and is unchanged. Close it there and try again.</source>
        <translation>%1 正在%2中打开，未能覆盖，原文件未改动。请在那里关闭后重试。</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was not replaced. Save under another name, or clear its read-only setting.</source>
        <translation>%1 是只读文件，未能覆盖。请另存为其他文件名，或取消它的只读属性。</translation>
    </message>
    <message>
        <source>a PDF reader</source>
        <translation>PDF 阅读器</translation>
    </message>
    <message>
        <source>a spreadsheet program (WPS or Excel)</source>
        <translation>表格程序（WPS 或 Excel）</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>另一个程序正在使用它</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>它已存在</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>路径中的某一部分不是文件夹</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘只读</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称太长</translation>
    </message>
    <message>
        <source>the system refused it (error %1)</source>
        <translation>系统拒绝了该操作（错误 %1）</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All counties</source>
        <translation>全部县（区）</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>全部%1</translation>
    </message>
    <message>
        <source>Search: name, ID tail, employer, village… (Ctrl+F)</source>
        <translation>搜索：姓名、身份证尾号、用工单位、村…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>搜索…（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>(only the office changes it)</source>
        <translation>（只有办公室可以更改）</translation>
    </message>
    <message>
        <source>A new database is being created on this computer. Tell us who uses it (the name is recorded with your changes) and how it takes part in the deployment.</source>
        <translation>正在这台电脑上新建数据库。请填写使用人（修改记录会附上这个姓名），并选择这台电脑如何加入部署。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Database on a PostgreSQL server (an office or a lead whose staff share it)</source>
        <translation>数据库放在 PostgreSQL 服务器上（供多位工作人员共用的办公室或组长）</translation>
    </message>
    <message>
        <source>Deployment file</source>
        <translation>部署文件</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>How this computer is set up</source>
        <translation>这台电脑的设置方式</translation>
    </message>
    <message>
        <source>Join the office's deployment with a deployment file</source>
        <translation>用办公室发的部署文件加入部署</translation>
    </message>
    <message>
        <source>No password in the address: it is asked when the server wants one (or taken from ~/.pgpass). Field laptops keep their own database file.</source>
        <translation>地址中不要写密码：服务器需要时会询问（或从 ~/.pgpass 读取）。外业笔记本使用自己的数据库文件。</translation>
    </message>
    <message>
        <source>On this computer (a database file)</source>
        <translation>在本机（数据库文件）</translation>
    </message>
    <message>
        <source>Registration reply file</source>
        <translation>回执文件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Server address (URL)</source>
        <translation>服务器地址（URL）</translation>
    </message>
    <message>
        <source>Set up the office: this computer starts the deployment and issues the laptops</source>
        <translation>设为办公室：由这台电脑建立部署并签发各台笔记本</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The office %1 issued this computer as %2 (%3).</source>
        <translation>办公室 %1 已将这台电脑签发为 %2（%3）。</translation>
    </message>
    <message>
        <source>The office writes it for this laptop (on its computer: Tools → Keys and enrolment → Issue a laptop…).</source>
        <translation>由办公室为这台笔记本生成（在办公室电脑上：“工具 → 密钥与登记 → 签发一台笔记本电脑…”）。</translation>
    </message>
    <message>
        <source>This file issues no computer: the laptop joins and writes a registration reply file; give it to the office %1, which registers the laptop (Tools → Keys and enrolment → Register a laptop from its reply file…).</source>
        <translation>该文件未签发任何电脑：笔记本加入后写出回执文件；请把它交给办公室 %1，由办公室登记这台笔记本（“工具 → 密钥与登记 → 用回执文件登记笔记本…”）。</translation>
    </message>
    <message>
        <source>Use this laptop alone for now (a trial; its data stays here)</source>
        <translation>暂时单机使用（试用；数据只留在本机）</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>Where the database is</source>
        <translation>数据库存放位置</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>所在县区</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>e.g. Zhang Wei</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <source>postgresql://user@server/database</source>
        <translation>postgresql://用户@服务器/数据库</translation>
    </message>
    <message>
        <source>registration-reply_%1.json</source>
        <translation>回执_%1.json</translation>
    </message>
    <message>
        <source>the deployment file the office gave you</source>
        <translation>办公室发给您的部署文件</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>%1 changes to this record, newest first.</source>
        <translation>该记录共有 %1 处修改，最新的在前。</translation>
    </message>
    <message>
        <source>No changes are recorded for this record yet.</source>
        <translation>该记录还没有修改记录。</translation>
    </message>
    <message>
        <source>Record history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Show full ID numbers and phones (this is recorded)</source>
        <translation>显示完整的身份证号和电话（此操作会被记录）</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Bundle files</source>
        <translation>数据包文件</translation>
    </message>
    <message>
        <source>Bundles (*.lsbundle);;All files (*)</source>
        <translation>数据包 (*.lsbundle);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cancelled. Files imported before the cancel stay imported.</source>
        <translation>已取消。取消前已导入的文件保持导入状态。</translation>
    </message>
    <message>
        <source>Checking bundles…</source>
        <translation>正在检查数据包…</translation>
    </message>
    <message>
        <source>Choose bundle files…</source>
        <translation>选择数据包文件…</translation>
    </message>
    <message>
        <source>Choose the bundle files to import; you see what they change first.</source>
        <translation>选择要导入的数据包文件；导入前会先显示将发生的变化。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Done: %1 changes imported; %2 files refused (see the reason).</source>
        <translation>完成：导入 %1 条更改；%2 个文件被拒绝（见原因）。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Preview: nothing has been written yet. %1 of %2 files can be imported.</source>
        <translation>预览：尚未写入任何内容。%2 个文件中有 %1 个可以导入。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>already held</source>
        <translation>已有</translation>
    </message>
    <message>
        <source>can be imported</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>imported after a decision</source>
        <translation>经确认后已导入</translation>
    </message>
    <message>
        <source>quarantined: clock far ahead</source>
        <translation>已隔离：时钟超前过多</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已写出</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>A device called %1 is already issued. Renew its keys, revoke it first, or choose another name.</source>
        <translation>名为 %1 的设备已签发。请为其更换密钥、先吊销它，或另选名称。</translation>
    </message>
    <message>
        <source>Decryption key (fingerprint %1):</source>
        <translation>解密密钥（指纹 %1）：</translation>
    </message>
    <message>
        <source>Enter the passphrase (or set LISHUI_PASSPHRASE).</source>
        <translation>请输入口令（或设置 LISHUI_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>Lishui ledger: paper backup of the keys of %1</source>
        <translation>丽水台账：%1 的密钥纸质备份</translation>
    </message>
    <message>
        <source>Made on %1. Keep it locked away; whoever has it can read the bundles.</source>
        <translation>制作于 %1。请锁好保管：拿到它的人可以读取数据包。</translation>
    </message>
    <message>
        <source>No device called %1 was issued.</source>
        <translation>没有签发过名为 %1 的设备。</translation>
    </message>
    <message>
        <source>Only the office computer that set up the deployment issues, renews or revokes identities.</source>
        <translation>只有建立本部署的对口支援办电脑才能签发、更换或吊销设备身份。</translation>
    </message>
    <message>
        <source>Recovery code of the encrypted database (type it when the database is opened on another computer, or when this computer's credential store was reset):</source>
        <translation>加密数据库的恢复码（在别的电脑上打开数据库，或本机凭据存储被重置后，输入它）：</translation>
    </message>
    <message>
        <source>Signing key (fingerprint %1):</source>
        <translation>签名密钥（指纹 %1）：</translation>
    </message>
    <message>
        <source>The device %1 was issued with other keys; it cannot be issued again.</source>
        <translation>设备 %1 已用其他密钥签发，不能再次签发。</translation>
    </message>
    <message>
        <source>The device %1 was revoked.</source>
        <translation>设备 %1 已被吊销。</translation>
    </message>
    <message>
        <source>The device name may not be empty.</source>
        <translation>设备名称不能为空。</translation>
    </message>
    <message>
        <source>The file is not a key file of this deployment, or it is damaged.</source>
        <translation>该文件不是本部署的密钥文件，或已损坏。</translation>
    </message>
    <message>
        <source>The key text is not complete or has a typing mistake; check every group.</source>
        <translation>密钥文字不完整或有输入错误，请逐组核对。</translation>
    </message>
    <message>
        <source>The office cannot revoke itself.</source>
        <translation>对口支援办不能吊销自己。</translation>
    </message>
    <message>
        <source>The office key is locked; enter the office passphrase first (Tools, Keys and enrolment; or set LISHUI_PASSPHRASE for scripts).</source>
        <translation>办公室密钥已锁定，请先输入办公室口令（“工具”菜单中的“密钥与登记”；脚本可设置 LISHUI_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>The office's own key is fixed at deployment; its paper backup restores it.</source>
        <translation>对口支援办自己的密钥在部署时即已固定；可用其纸质备份恢复。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>口令不正确。</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>口令至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The role must be field, lead or office.</source>
        <translation>角色必须是 field、lead 或 office。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>This is not a reply file from a laptop, or it was changed.</source>
        <translation>这不是笔记本电脑的回执文件，或已被改动。</translation>
    </message>
    <message>
        <source>This key file is for the device %1, not for this one.</source>
        <translation>此密钥文件属于设备 %1，不是本机的。</translation>
    </message>
    <message>
        <source>This key file is from another deployment's office.</source>
        <translation>此密钥文件来自另一个部署的对口支援办。</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>A key file from the office</source>
        <translation>对口支援办发来的密钥文件</translation>
    </message>
    <message>
        <source>A laptop's reply file</source>
        <translation>笔记本的回执文件</translation>
    </message>
    <message>
        <source>Allow unencrypted bundles (for trials only)</source>
        <translation>允许未加密的数据包（仅限试用）</translation>
    </message>
    <message>
        <source>Bundles are signed with this computer's key and encrypted to the office and the working-group leads, so a lost USB stick reveals nothing. Compare the fingerprints below with the office by phone when a laptop is enrolled.</source>
        <translation>数据包用本机密钥签名，并加密给办公室和工作组组长，即使U盘丢失也不会泄露内容。登记笔记本时，请与办公室电话核对下面的指纹。</translation>
    </message>
    <message>
        <source>Change the selected device's role…</source>
        <translation>更改所选设备的角色…</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>加密密钥</translation>
    </message>
    <message>
        <source>Give the reply file to the office (it holds no secrets).</source>
        <translation>请把回执文件交给办公室（其中没有机密）。</translation>
    </message>
    <message>
        <source>Install a key file from the office…</source>
        <translation>安装对口支援办发来的密钥文件…</translation>
    </message>
    <message>
        <source>Issue a laptop…</source>
        <translation>签发一台笔记本电脑…</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发者</translation>
    </message>
    <message>
        <source>Issued. On that laptop's first start choose “Join the office's deployment with a deployment file” and give it this file (or lishui init --join FILE); keep it safe: it holds its keys.</source>
        <translation>已签发。该笔记本首次启动时选择“用办公室发的部署文件加入部署”并选中此文件（或 lishui init --join 文件）；请妥善保管：其中含有它的密钥。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Keys and enrolment</source>
        <translation>密钥与登记</translation>
    </message>
    <message>
        <source>Name of the new laptop:</source>
        <translation>新电脑的名称：</translation>
    </message>
    <message>
        <source>New keys issued. Install the file on that laptop; keep it safe: it holds its keys.</source>
        <translation>已签发新密钥。请在该电脑上安装此文件；请妥善保管：其中含有它的密钥。</translation>
    </message>
    <message>
        <source>New role:</source>
        <translation>新角色：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Print the file, lock the paper away, then delete the file.</source>
        <translation>请打印该文件，锁好纸张，然后删除文件。</translation>
    </message>
    <message>
        <source>Register a laptop from its reply file…</source>
        <translation>用回执文件登记笔记本…</translation>
    </message>
    <message>
        <source>Renew the selected device's keys…</source>
        <translation>为所选设备更换密钥…</translation>
    </message>
    <message>
        <source>Revoke the selected device…</source>
        <translation>吊销所选设备…</translation>
    </message>
    <message>
        <source>Revoke this device for good? What the office holds of it stays; everything else it wrote or writes is refused everywhere.</source>
        <translation>确定永久吊销此设备吗？对口支援办已有的其更改保留；其余它写过或将写的更改在各处一律拒收。</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>吊销时间</translation>
    </message>
    <message>
        <source>Revoked. Send a bundle to every laptop so that they refuse it too.</source>
        <translation>已吊销。请向每台电脑发送一个数据包，使它们也拒收该设备。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Save its deployment file</source>
        <translation>保存其部署文件</translation>
    </message>
    <message>
        <source>Save its key file</source>
        <translation>保存其密钥文件</translation>
    </message>
    <message>
        <source>Save paper backup</source>
        <translation>保存纸质备份</translation>
    </message>
    <message>
        <source>Save paper backup…</source>
        <translation>保存纸质备份…</translation>
    </message>
    <message>
        <source>Save reply file</source>
        <translation>保存回执文件</translation>
    </message>
    <message>
        <source>Select a device in the list first.</source>
        <translation>请先在列表中选择一台设备。</translation>
    </message>
    <message>
        <source>Set passphrase…</source>
        <translation>设置口令…</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>The current passphrase:</source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <source>The key is protected by the passphrase. Save a paper backup and lock it away.</source>
        <translation>密钥已由口令保护。请保存一份纸质备份并锁好。</translation>
    </message>
    <message>
        <source>The key is unlocked until the program closes.</source>
        <translation>密钥已解锁，程序关闭前有效。</translation>
    </message>
    <message>
        <source>The laptop is registered; its bundles will be accepted.</source>
        <translation>笔记本已登记，今后会接受它的数据包。</translation>
    </message>
    <message>
        <source>The new keys are installed.</source>
        <translation>新密钥已安装。</translation>
    </message>
    <message>
        <source>The new passphrase (at least 8 characters):</source>
        <translation>新口令（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>The new passphrase once more:</source>
        <translation>再输入一次新口令：</translation>
    </message>
    <message>
        <source>The office passphrase:</source>
        <translation>办公室口令：</translation>
    </message>
    <message>
        <source>The role is changed. Send a bundle to that laptop: it takes the new role from it.</source>
        <translation>角色已更改。请给该笔记本发送一个数据包：它从数据包中取得新角色。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Unencrypted bundles can be read by anyone who finds the file. Use this only for a trial. Allow?</source>
        <translation>未加密的数据包任何拿到文件的人都能读取。仅限试用时使用。是否允许？</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>Write this laptop's reply file…</source>
        <translation>生成本机回执文件…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>set, locked</source>
        <translation>已设置，已锁定</translation>
    </message>
    <message>
        <source>set, unlocked for this session</source>
        <translation>已设置，本次运行已解锁</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <source>%1 (%2, %3) is already recorded, in %4 records. Is this the same person?</source>
        <translation>已有一位 %1（%2，%3），出现在 %4 条记录中。是同一个人吗？</translation>
    </message>
    <message>
        <source>A different person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move %1 records to the recycle bin? They can be restored from there.</source>
        <translation>把 %1 条记录移到回收站？之后可以从回收站恢复。</translation>
    </message>
    <message>
        <source>Moved to the recycle bin.</source>
        <translation>已移到回收站。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请改正标红的栏目。</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>是同一人</translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation>是同一个人吗？</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saved. A record like this one is already in the ledger; the review queue on the Sync page offers to merge them.</source>
        <translation>已保存。台账中已有一条与此相同的记录；可在“同步”页的待处理事项中将其合并。</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>出生日期不详</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>%1 records</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>参与记录</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the changes to this record first?</source>
        <translation>是否先保存对此记录的修改？</translation>
    </message>
    <message>
        <source>Show full ID</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Show the full resident ID and phone of the selected record (this is recorded)</source>
        <translation>显示所选记录的完整身份证号和电话（此操作会被记录）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>registered poor only</source>
        <translation>仅建档立卡贫困户</translation>
    </message>
</context>
<context>
    <name>Ledgers</name>
    <message>
        <source>%1 is already on the roster of this session.</source>
        <translation>%1 已在本期培训的花名册中。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters with a valid check character.</source>
        <translation>统一社会信用代码为18位，且校验位须正确。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>After</source>
        <translation>回访时点</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation>拨付金额（元）</translation>
    </message>
    <message>
        <source>Allocated on</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Cadre secondments</source>
        <translation>挂职干部</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>就业渠道</translation>
    </message>
    <message>
        <source>Choose a county on the right side of the pairing.</source>
        <translation>请选择结对相应一方的县（区）。</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Choose the record this entry belongs to first.</source>
        <translation>请先选择此条所属的记录。</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>结业</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation>使用金额（元）</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>使用日期</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>协作与工作动态</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟踪回访</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>资金项目</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>财政帮扶资金</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Home county</source>
        <translation>户籍县</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Labor placements</source>
        <translation>劳务协作</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Lishui county</source>
        <translation>丽水县（市、区）</translation>
    </message>
    <message>
        <source>Lishui side</source>
        <translation>丽水方</translation>
    </message>
    <message>
        <source>Monthly wage (yuan)</source>
        <translation>月工资（元）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对</translation>
    </message>
    <message>
        <source>Pairing activities</source>
        <translation>结对活动</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>结对关系</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>结对期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>就业地</translation>
    </message>
    <message>
        <source>Poor households</source>
        <translation>受益贫困户</translation>
    </message>
    <message>
        <source>Post in Sichuan</source>
        <translation>挂职岗位</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Publicly posted</source>
        <translation>已公告公示</translation>
    </message>
    <message>
        <source>Registered poor</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>续签自</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Sichuan county</source>
        <translation>四川县（区）</translation>
    </message>
    <message>
        <source>Sichuan side</source>
        <translation>四川方</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Still employed</source>
        <translation>仍在岗</translation>
    </message>
    <message>
        <source>The follow-up date is before the start of the placement.</source>
        <translation>回访日期早于就业开始日期。</translation>
    </message>
    <message>
        <source>The resident ID number says the other gender.</source>
        <translation>与身份证号显示的性别不符。</translation>
    </message>
    <message>
        <source>There is no county or unit called %1.</source>
        <translation>没有名为 %1 的县（区）或单位。</translation>
    </message>
    <message>
        <source>This date is earlier than the %1.</source>
        <translation>此日期早于%1。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>此记录已不存在。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>培训学员</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Unknown kind %1; use one of: %2</source>
        <translation>未知类别 %1；可用：%2</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Wage paid</source>
        <translation>工资已发放</translation>
    </message>
    <message>
        <source>Write a whole number, such as 12.</source>
        <translation>请填写整数，例如 12。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>This database is already open in another copy of the program. Close the other window first, or open a different database.</source>
        <translation>此数据库已在另一个程序窗口中打开。请先关闭那个窗口，或打开其他数据库。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>关于…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>挂职干部</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>进度总览</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动与会议</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>帮扶资金</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Keys and enrolment…</source>
        <translation>密钥与登记…</translation>
    </message>
    <message>
        <source>Labor placements</source>
        <translation>劳务协作</translation>
    </message>
    <message>
        <source>Lishui East-West Cooperation Ledger</source>
        <translation>丽水市东西部扶贫协作台账</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>结对关系</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>People %1 · Trainees %2 · Placements %3 · Cadres %4</source>
        <translation>人员 %1 · 学员 %2 · 转移就业 %3 · 干部 %4</translation>
    </message>
    <message>
        <source>Places…</source>
        <translation>地名管理…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>NewTargetDialog</name>
    <message>
        <source>Counting rule</source>
        <translation>统计规则</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name of a new target, e.g. 消费扶贫销售额</source>
        <translation>新指标的名称，如 消费扶贫销售额</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新增目标</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>count LEDGER [FIELD=VALUE ...] [in_force] [distinct=person] or sum LEDGER.MONEY_FIELD [FIELD=VALUE ...]; see lishui targets rules</source>
        <translation>count 台账 [字段=取值 ...] [in_force] [distinct=person]（计数）或 sum 台账.金额字段 [字段=取值 ...]（求和）；详见 lishui targets rules</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>The PostgreSQL database %1 is not empty (it has %2 tables); the office store is moved only into an empty database. Create a new one (see the README: An office on PostgreSQL).</source>
        <translation>PostgreSQL 数据库 %1 不是空的（已有 %2 个表）；办公室数据库只能迁移到空数据库。请新建一个（见 README：“An office on PostgreSQL”）。</translation>
    </message>
    <message>
        <source>The copy stopped and the target was left as it was: %1</source>
        <translation>复制已停止，目标保持原样：%1</translation>
    </message>
    <message>
        <source>The file %1 already exists; the office store is moved only into a new file.</source>
        <translation>文件 %1 已存在；办公室数据库只能迁移到一个新文件。</translation>
    </message>
</context>
<context>
    <name>Pairings</name>
    <message>
        <source>A renewal needs its start date.</source>
        <translation>续签需要开始日期。</translation>
    </message>
    <message>
        <source>A renewal starts after the pairing it renews (%1).</source>
        <translation>续签的开始日期须晚于原结对（%1）。</translation>
    </message>
    <message>
        <source>The renewal ends before it starts.</source>
        <translation>续签的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>There is no Sichuan county called %1.</source>
        <translation>没有名为 %1 的四川县（区）。</translation>
    </message>
    <message>
        <source>There is no pairing %1 to renew.</source>
        <translation>没有可续签的结对关系 %1。</translation>
    </message>
    <message>
        <source>This pairing already has a period starting %1.</source>
        <translation>该结对关系已有自 %1 开始的结对期。</translation>
    </message>
</context>
<context>
    <name>PairingsPage</name>
    <message>
        <source>A new period of the selected pairing (the current one ends the day before)</source>
        <translation>为所选结对关系开始新的结对期（原结对期于前一天结束）</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续签</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续签…</translation>
    </message>
    <message>
        <source>Select a pairing first.</source>
        <translation>请先选择一个结对关系。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL 密码</translation>
    </message>
    <message>
        <source>Remember it on this computer (in %1, readable by you alone)</source>
        <translation>在本机记住密码（保存在 %1，仅您本人可读）</translation>
    </message>
    <message>
        <source>The server of the store %1 asks for a password.</source>
        <translation>数据库 %1 所在的服务器要求输入密码。</translation>
    </message>
</context>
<context>
    <name>PlaceBox</name>
    <message>
        <source>Add a place that is not in the list</source>
        <translation>新增列表中没有的地名</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>此页面正在建设中。</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>%1 is a place of another level or side; add it as a new row without 记录编号.</source>
        <translation>%1 的层级或所属方不同；请作为新行填写（不填记录编号）。</translation>
    </message>
    <message>
        <source>%1 is already a place (%2).</source>
        <translation>%1 已有此地名（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a GB/T 2260 code of a %2 (6 digits for a county, 9 for a town, 12 for a village).</source>
        <translation>%1 不是%2的 GB/T 2260 行政区划代码（县 6 位，乡镇 9 位，村 12 位）。</translation>
    </message>
    <message>
        <source>%1 is not retired.</source>
        <translation>%1 未撤销。</translation>
    </message>
    <message>
        <source>%1 was retired on %2.</source>
        <translation>%1 已于 %2 撤销。</translation>
    </message>
    <message>
        <source>A %1 cannot belong to %2.</source>
        <translation>%1不能隶属于 %2。</translation>
    </message>
    <message>
        <source>A place needs a name (at most 60 characters).</source>
        <translation>地名不能为空（最多 60 个字）。</translation>
    </message>
    <message>
        <source>Lishui</source>
        <translation>丽水</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has that name and code.</source>
        <translation>无需修改：%1 已是该名称和代码。</translation>
    </message>
    <message>
        <source>Only the office or a working-group lead can change places; they reach this computer in a bundle.</source>
        <translation>只有市对口支援办或工作组组长可以修改地名；修改会通过同步包传到本机。</translation>
    </message>
    <message>
        <source>Only two different places of the same side and level can be merged.</source>
        <translation>只能合并所属方和层级相同的两个不同地名。</translation>
    </message>
    <message>
        <source>Say which county (or town) the %1 belongs to.</source>
        <translation>请填写该%1所属的县（或乡镇）。</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>四川</translation>
    </message>
    <message>
        <source>The side is lishui or sichuan.</source>
        <translation>所属方只能是 丽水 或 四川。</translation>
    </message>
    <message>
        <source>There is no place called %1.</source>
        <translation>没有名为 %1 的地名。</translation>
    </message>
    <message>
        <source>Unknown level %1; use one of: %2</source>
        <translation>没有层级 %1；可用：%2</translation>
    </message>
    <message>
        <source>city level</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>village</source>
        <translation>村</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <source>%1 joins:</source>
        <translation>%1 并入：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属上级</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Former names</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <source>Its GB/T 2260 code (the old one is kept):</source>
        <translation>行政区划代码（原代码将保留为曾用代码）：</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>并入…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地名管理</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>更名</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>更名…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Select a place first.</source>
        <translation>请先选择一个地名。</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Checking the workbook</source>
        <translation>正在检查工作簿</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Every problem is marked in a copy of the file: %1</source>
        <translation>所有问题已在文件副本中标出：%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Open the marked copy</source>
        <translation>打开标注副本</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>文件的前几行：</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>正在打印第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The form could not be read for printing.</source>
        <translation>无法读取要打印的报表。</translation>
    </message>
    <message>
        <source>The printer could not be opened. Is it switched on and connected?</source>
        <translation>无法打开打印机。打印机是否已开机并连接？</translation>
    </message>
    <message>
        <source>The printer could not be reached: %1</source>
        <translation>无法连接打印机：%1</translation>
    </message>
    <message>
        <source>The printer refused the form: %1</source>
        <translation>打印机拒绝了这份报表：%1</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Not a month: %1</source>
        <translation>不是有效的月份：%1</translation>
    </message>
    <message>
        <source>Not a year: %1</source>
        <translation>不是有效的年份：%1</translation>
    </message>
    <message>
        <source>Unknown county: %1</source>
        <translation>没有这个县（市、区）：%1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Trashcan</source>
        <translation>回收站</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>No good backup was found.</source>
        <translation>没有找到完好的备份。</translation>
    </message>
    <message>
        <source>The current database is kept as a backup, so this step can itself be undone.</source>
        <translation>当前数据库会先保存为一个备份，所以这一步本身也可以撤销。</translation>
    </message>
    <message>
        <source>The database file is damaged (%1) and no good backup was found. Copy the file and ask the office for help before entering more data.</source>
        <translation>数据库文件已损坏（%1），且没有找到完好的备份。请先复制该文件并联系办公室，再继续录入数据。</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). The newest good backup is %2 from %3. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>数据库文件已损坏（%1）。最新的完好备份是 %2（%3）。要恢复它吗？损坏的文件会保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>The import of %1 was interrupted. The database is intact and nothing was lost: the import was either applied completely or not at all. Importing the same file again is safe.</source>
        <translation>导入 %1 时被中断。数据库完好，没有丢失任何数据：这次导入要么已全部完成，要么完全没有写入。再次导入同一个文件是安全的。</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <source>This also undoes %1 changes made in this store after that import (on any computer using it); enter them again afterwards.</source>
        <translation>这也会撤销该次导入之后在此数据库中做的 %1 处修改（无论在哪台使用它的电脑上做的），之后需要重新录入。</translation>
    </message>
    <message>
        <source>This also undoes %1 changes made on this computer after that import; enter them again afterwards.</source>
        <translation>这也会撤销本机在该次导入之后做的 %1 处修改，之后需要重新录入。</translation>
    </message>
    <message>
        <source>Undoing the import of %1 (%2) returns the database to the backup taken just before it. %3 records will go back to their earlier state.</source>
        <translation>撤销 %1 的导入（%2）会把数据库恢复到导入前自动做的备份。将有 %3 条记录恢复到原来的状态。</translation>
    </message>
</context>
<context>
    <name>RecycleDialog</name>
    <message>
        <source>%1 records restored.</source>
        <translation>已恢复 %1 条记录。</translation>
    </message>
    <message>
        <source>Deleted records stay here and can be restored at any time.</source>
        <translation>删除的记录保留在这里，随时可以恢复。</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>恢复所选</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>This version's reference data was applied: %1 places, %2 pairings and %3 targets added, %4 values corrected; %5 values edited here were kept.</source>
        <translation>已应用本版本的参考数据：新增地名 %1 个、结对关系 %2 个、考核指标 %3 项，更正 %4 处；本机修改过的 %5 处保持不变。</translation>
    </message>
</context>
<context>
    <name>RenewPairingDialog</name>
    <message>
        <source>(the same partner)</source>
        <translation>（结对县不变）</translation>
    </message>
    <message>
        <source>New period from</source>
        <translation>新结对期自</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>结对县</translation>
    </message>
    <message>
        <source>Renew the pairing</source>
        <translation>续签结对关系</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>ReportError</name>
    <message>
        <source>%1 has no paired Lishui county.</source>
        <translation>%1 没有结对的丽水县（市、区）。</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>请选择月份。</translation>
    </message>
    <message>
        <source>Give the period (from and to dates).</source>
        <translation>请填写统计期间（起止日期）。</translation>
    </message>
    <message>
        <source>Not a month: %1</source>
        <translation>不是有效的月份：%1</translation>
    </message>
    <message>
        <source>Not a month: %1 (write it as 2019-03)</source>
        <translation>不是有效的月份：%1（请写成 2019-03）</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>统计期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Unknown county: %1</source>
        <translation>未知的县（市、区）：%1</translation>
    </message>
    <message>
        <source>Unknown form: %1</source>
        <translation>未知的报表：%1</translation>
    </message>
    <message>
        <source>Unknown training session: %1</source>
        <translation>未找到培训班：%1</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>%1 pages</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>文件无法写入：%1</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>%1 East-West cooperation working group</source>
        <translation>%1挂川工作组</translation>
    </message>
    <message>
        <source>%1 of %2 targets met so far this year.</source>
        <translation>本年度已完成目标 %1 项，共 %2 项。</translation>
    </message>
    <message>
        <source>%1 of them count for the labor target this month (marked ✓; each person once a year).</source>
        <translation>其中 %1 人计入本月转移就业指标（标 ✓；每人每年计一次）。</translation>
    </message>
    <message>
        <source>%1 people placed this month, %2 of them from registered poor households.</source>
        <translation>本月新增转移就业 %1 人，其中建档立卡贫困人口 %2 人。</translation>
    </message>
    <message>
        <source>%1 placements, %2 of them from registered poor households.</source>
        <translation>共转移就业 %1 人，其中建档立卡贫困人口 %2 人。</translation>
    </message>
    <message>
        <source>%1 trainees on the roster.</source>
        <translation>花名册共 %1 人。</translation>
    </message>
    <message>
        <source>(Seal of the unit)</source>
        <translation>（单位盖章）</translation>
    </message>
    <message>
        <source>1. Targets: this month and year to date</source>
        <translation>一、目标任务完成情况（本月及年度累计）</translation>
    </message>
    <message>
        <source>2. Pairing activities and events this month</source>
        <translation>二、本月结对帮扶活动和重要事项</translation>
    </message>
    <message>
        <source>3. Cadres on post</source>
        <translation>三、在岗挂职干部</translation>
    </message>
    <message>
        <source>4. Training sessions held this month</source>
        <translation>四、本月举办培训班</translation>
    </message>
    <message>
        <source>5. New labor placements this month</source>
        <translation>五、本月新增转移就业</translation>
    </message>
    <message>
        <source>6. Funds disbursed (year to date)</source>
        <translation>六、财政帮扶资金拨付（年度累计）</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全市汇总</translation>
    </message>
    <message>
        <source>All paired counties</source>
        <translation>全部结对县</translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation>安排资金（元）</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>实到人数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>培训类别：%1</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入指标</translation>
    </message>
    <message>
        <source>Counted: trainees this session adds to the training targets above (each person once a year per category).</source>
        <translation>计入指标：本班次计入上述培训指标的人数（同一类别每人每年计一次）。</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>County (city, district)</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>County: %1</source>
        <translation>县（市、区）：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>填报日期：%1</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>培训时间</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>培训时间：%1</translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation>已拨付（元）</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>East-West cooperation monthly report: %1</source>
        <translation>%1东西部扶贫协作工作月报表</translation>
    </message>
    <message>
        <source>East-West cooperation pairing list of Lishui</source>
        <translation>丽水市东西部扶贫协作结对关系一览表</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>就业单位</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>报名人数</translation>
    </message>
    <message>
        <source>From registered poor households</source>
        <translation>其中建档立卡（人）</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Gathering data</source>
        <translation>正在汇总数据</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>学时：%1</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Labor placement register: %1</source>
        <translation>%1转移就业花名册</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>正在排版</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>结对层级</translation>
    </message>
    <message>
        <source>Lishui municipal office for paired assistance</source>
        <translation>丽水市对口支援办</translation>
    </message>
    <message>
        <source>Lishui side</source>
        <translation>丽水方</translation>
    </message>
    <message>
        <source>Lishui unit</source>
        <translation>丽水帮扶单位</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>是否完成</translation>
    </message>
    <message>
        <source>Monthly wage (yuan)</source>
        <translation>月工资（元）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No targets for this year.</source>
        <translation>本年度没有目标任务。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>本月无。</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Organiser (signature):</source>
        <translation>主办单位负责人（签字）：</translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation>主办单位：%1</translation>
    </message>
    <message>
        <source>Other pairings</source>
        <translation>其他结对关系</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Paired county</source>
        <translation>结对县</translation>
    </message>
    <message>
        <source>Paired county (district)</source>
        <translation>东西部扶贫协作结对县（区）</translation>
    </message>
    <message>
        <source>Paired county: %1</source>
        <translation>结对县：%1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>结对期</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>统计期间：%1</translation>
    </message>
    <message>
        <source>Person in charge:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>培训地点：%1</translation>
    </message>
    <message>
        <source>Placed this month</source>
        <translation>本月转移就业（人）</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>建档立卡</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>挂职岗位</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>填报人：</translation>
    </message>
    <message>
        <source>Prepared by: ____________    Reviewed by: ____________    Date: ____________</source>
        <translation>填报人：____________    审核人：____________    日期：____________</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Reporting period: %1</source>
        <translation>报告期：%1</translation>
    </message>
    <message>
        <source>Reporting unit: %1</source>
        <translation>填报单位：%1</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>培训班名称</translation>
    </message>
    <message>
        <source>Sichuan side</source>
        <translation>四川方</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>%1签到表</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>本人签名</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>结对时间</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>就业时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>挂职期限</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月完成</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Trainee roster: %1</source>
        <translation>%1学员花名册</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>户籍地址（乡镇、村）</translation>
    </message>
    <message>
        <source>Work place</source>
        <translation>就业地</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>正在写入文件</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年度累计</translation>
    </message>
    <message>
        <source>Year to date: %1</source>
        <translation>累计期间：%1</translation>
    </message>
    <message>
        <source>Year-to-date completion of each target (%)</source>
        <translation>各项指标年度累计完成率（%）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>firms</source>
        <translation>家</translation>
    </message>
    <message>
        <source>items</source>
        <translation>个</translation>
    </message>
    <message>
        <source>person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All counties</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>All counties (consolidated)</source>
        <translation>全市汇总</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Full IDs and phones are printed; this was recorded.</source>
        <translation>本表含完整身份证号和电话，已记入审计日志。</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Labor placement register</source>
        <translation>转移就业花名册</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Monthly sheet</source>
        <translation>月报表</translation>
    </message>
    <message>
        <source>Only when the form must carry them; each such print is recorded.</source>
        <translation>仅在表格确需时勾选；每次打印都会记入审计日志。</translation>
    </message>
    <message>
        <source>Pairing list</source>
        <translation>结对关系一览表</translation>
    </message>
    <message>
        <source>Print full ID numbers and phones</source>
        <translation>打印完整身份证号和电话</translation>
    </message>
    <message>
        <source>Printed forms</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>Ready: %1 rows.</source>
        <translation>已生成：共 %1 行。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>培训签到表</translation>
    </message>
    <message>
        <source>The form was written but cannot be shown here: %1</source>
        <translation>报表已生成，但无法在此预览：%1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Trainee roster</source>
        <translation>培训学员花名册</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>%1 changes of %2 (numbers %3 to %4) in %5 contradict changes with the same numbers already held: its database was edited behind the program's back or copied. They were not applied.</source>
        <translation>%5 中 %2 的 %1 条更改（第 %3 至 %4 条）与本机已有的同编号更改相矛盾：其数据库曾被绕过程序改动或被复制。这些更改未予导入。</translation>
    </message>
    <message>
        <source>%1 of record %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>%1 people share the name %2, birth date and village %3, and at least one has no resident ID.</source>
        <translation>有 %1 人的姓名（%2）、出生日期和村（%3）相同，且至少一人没有身份证号。</translation>
    </message>
    <message>
        <source>%1 records look like the same one entered twice (same natural key):
%2</source>
        <translation>以下 %1 条记录看来是同一事项的重复录入（关键信息相同）：
%2</translation>
    </message>
    <message>
        <source>(shown now)</source>
        <translation>（当前显示）</translation>
    </message>
    <message>
        <source>Before both edits</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Do not import it</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Edited after it was deleted (%1)</source>
        <translation>删除后又被修改（%1）</translation>
    </message>
    <message>
        <source>Entered twice: %1</source>
        <translation>重复录入：%1</translation>
    </message>
    <message>
        <source>Every computer shows the same value until someone decides; your choice travels with the next bundle.</source>
        <translation>在有人决定之前，每台电脑显示相同的值；您的选择会随下一个数据包同步。</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Import it anyway</source>
        <translation>仍然导入</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>正在导入同步包…</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>保持删除</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>采用此值</translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>没有需要决定的事项。</translation>
    </message>
    <message>
        <source>Possible duplicate: %1</source>
        <translation>疑似重复：%1</translation>
    </message>
    <message>
        <source>Quarantined bundle: %1</source>
        <translation>隔离的数据包：%1</translation>
    </message>
    <message>
        <source>Refused fork: %1</source>
        <translation>拒收的分叉：%1</translation>
    </message>
    <message>
        <source>Restore the record</source>
        <translation>恢复该记录</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>待决定事项</translation>
    </message>
    <message>
        <source>They are the same person: merge</source>
        <translation>是同一个人：合并</translation>
    </message>
    <message>
        <source>They are the same: merge into one</source>
        <translation>是同一事项：合并为一条</translation>
    </message>
    <message>
        <source>This record (%1) was deleted on one computer and edited on another (%2).</source>
        <translation>该记录（%1）在一台电脑上被删除，又在另一台电脑上被修改（%2）。</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>%1 on the roster</source>
        <translation>花名册共 %1 人</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
    <message>
        <source>Known person: %1. Their details were filled in; this entry links to them.</source>
        <translation>已有此人：%1。已自动填入其信息，本条将关联到此人。</translation>
    </message>
    <message>
        <source>Next empty row</source>
        <translation>下一行</translation>
    </message>
    <message>
        <source>Remove from roster</source>
        <translation>移出花名册</translation>
    </message>
    <message>
        <source>Saved %1. Next trainee:</source>
        <translation>已保存 %1。下一位学员：</translation>
    </message>
    <message>
        <source>Saving %1… Next trainee:</source>
        <translation>正在保存 %1… 下一位学员：</translation>
    </message>
    <message>
        <source>The row you had begun comes back after this one.</source>
        <translation>您刚开始录入的那一行在这一行之后回来。</translation>
    </message>
    <message>
        <source>The row you had not saved is back; press Enter to save it.</source>
        <translation>未保存的那一行已恢复，按回车键保存。</translation>
    </message>
    <message>
        <source>Type a trainee, Tab to the next field, Enter to save and start the next row. County, town, village, role and poor-household carry over to the next row.</source>
        <translation>录入一名学员：Tab 键到下一栏，回车键保存并开始下一行。县、乡镇、村、职务和贫困户标记沿用到下一行。</translation>
    </message>
</context>
<context>
    <name>SensitiveEdit</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full number (this is recorded)</source>
        <translation>显示完整号码（此操作会被记录）</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>(a column of the sheet)</source>
        <translation>（表中已有此列）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>培训地点</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>培训班名称</translation>
    </message>
    <message>
        <source>Title rows</source>
        <translation>标题行</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Each sheet is one session. Fill in what the workbook does not say (fields marked * are required).</source>
        <translation>每个工作表是一个培训班。请补充工作簿中没有写明的内容（带 * 的为必填）。</translation>
    </message>
    <message>
        <source>Hidden sheets, not read: %1</source>
        <translation>隐藏的工作表未读取：%1</translation>
    </message>
    <message>
        <source>Sheets without a roster, not read: %1</source>
        <translation>没有花名册的工作表未读取：%1</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>培训班</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>A new language takes effect when the program is started again.</source>
        <translation>更改语言后，重新启动程序才会生效。</translation>
    </message>
    <message>
        <source>An office or a lead can keep its database on the office's PostgreSQL server (its data is moved there first, on the command line). Kept on this computer only.</source>
        <translation>办公室或组长可以把数据库放在办公室的 PostgreSQL 服务器上（数据须先在命令行中迁移过去）。此设置只保存在本机。</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Database on a PostgreSQL server</source>
        <translation>PostgreSQL 服务器上的数据库</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>程序语言</translation>
    </message>
    <message>
        <source>Open at the next start</source>
        <translation>下次启动时打开</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saved. From the next start the program opens %1.</source>
        <translation>已保存。下次启动时程序将打开 %1。</translation>
    </message>
    <message>
        <source>Saved. The new language takes effect when the program is started again.</source>
        <translation>已保存。重新启动程序后使用新的语言。</translation>
    </message>
    <message>
        <source>The role is the office's decision (its certificate for this computer): it cannot be changed here. The office changes it (Tools → Keys and enrolment → Change the selected device's role…) and this computer takes it from the office's next bundle.</source>
        <translation>角色由办公室决定（办公室为本机签发的证书），不能在此更改。由办公室更改（“工具 → 密钥与登记 → 更改所选设备的角色…”），本机从办公室的下一个数据包中取得新角色。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Use from the next start</source>
        <translation>下次启动时使用</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>数据位置</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>postgresql://user@server/database, or empty: the database file</source>
        <translation>postgresql://用户@服务器/数据库，留空则使用数据库文件</translation>
    </message>
    <message>
        <source>the database file</source>
        <translation>数据库文件</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>A field laptop keeps its own database file; only an office or a lead store can live on a PostgreSQL server (use --role office or --role lead).</source>
        <translation>外业笔记本使用自己的数据库文件；只有办公室或组长的数据库可以放在 PostgreSQL 服务器上（请用 --role office 或 --role lead）。</translation>
    </message>
    <message>
        <source>Choose how this computer is set up.</source>
        <translation>请选择这台电脑的设置方式。</translation>
    </message>
    <message>
        <source>Choose the deployment file the office gave you.</source>
        <translation>请选择办公室发给您的部署文件。</translation>
    </message>
    <message>
        <source>Only an office or lead computer can export a deployment file.</source>
        <translation>只有办公室或牵头单位的电脑可以导出部署文件。</translation>
    </message>
    <message>
        <source>Please enter your name; it is recorded with your changes.</source>
        <translation>请填写您的姓名；修改记录会附上这个姓名。</translation>
    </message>
    <message>
        <source>The deployment file issues this computer as %1 (%2); leave out --device-name and --role, or ask the office for the right file.</source>
        <translation>该部署文件为本机签发的身份是 %1（%2）；请不要指定 --device-name 和 --role，或向对口支援办索取正确的文件。</translation>
    </message>
    <message>
        <source>The deployment file needs a newer version of the program (format %1).</source>
        <translation>该部署文件需要更新版本的程序（格式 %1）。</translation>
    </message>
    <message>
        <source>The deployment file was written by an older version of the program; ask the office for a new one.</source>
        <translation>该部署文件由旧版程序写出；请向对口支援办索取新的部署文件。</translation>
    </message>
    <message>
        <source>The device name may not be empty.</source>
        <translation>设备名称不能为空。</translation>
    </message>
    <message>
        <source>The file is not a deployment file or it is damaged.</source>
        <translation>该文件不是部署文件，或已损坏。</translation>
    </message>
    <message>
        <source>The office issued this computer the role %1; only the office changes it.</source>
        <translation>对口支援办为本机签发的角色是 %1；只有对口支援办才能更改。</translation>
    </message>
    <message>
        <source>The role must be field, lead or office.</source>
        <translation>角色必须是 field（一线）、lead（组长）或 office（办公室）。</translation>
    </message>
    <message>
        <source>This computer has no office key; it cannot set up laptops.</source>
        <translation>本机没有对口支援办的密钥，不能为笔记本电脑建立部署。</translation>
    </message>
    <message>
        <source>This database already belongs to another deployment; use a new database file.</source>
        <translation>该数据库已属于另一个部署；请使用新的数据库文件。</translation>
    </message>
    <message>
        <source>This database has not been set up yet; run `lishui init` first.</source>
        <translation>该数据库尚未初始化；请先运行 `lishui init`。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 exists already; a bundle never replaces a file. Choose another name or a folder.</source>
        <translation>%1 已存在；数据包从不覆盖已有文件。请另选文件名或选择一个文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a field that syncs.</source>
        <translation>%1 不是参与同步的字段。</translation>
    </message>
    <message>
        <source>Choose at least two records to merge.</source>
        <translation>请至少选择两条记录进行合并。</translation>
    </message>
    <message>
        <source>Records of kind %1 cannot be merged; use one of: %2</source>
        <translation>无法合并“%1”类记录；可用的类别：%2</translation>
    </message>
    <message>
        <source>The record %1 does not exist.</source>
        <translation>记录 %1 不存在。</translation>
    </message>
    <message>
        <source>These people hold different resident IDs: they are not one person.</source>
        <translation>这些人的身份证号不同，不是同一个人。</translation>
    </message>
    <message>
        <source>This computer's clock is %1 minutes behind the last time it recorded. Check the date and time; edits are still kept in the right order.</source>
        <translation>本机时钟比上次记录的时间慢了 %1 分钟。请检查日期和时间；修改的先后顺序仍会正确保留。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>(this computer)</source>
        <translation>（本机）</translation>
    </message>
    <message>
        <source>Bundle history</source>
        <translation>数据包记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改数</translation>
    </message>
    <message>
        <source>Changes held</source>
        <translation>已有的更改</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>最近收到</translation>
    </message>
    <message>
        <source>Last bundle sent</source>
        <translation>最近发出</translation>
    </message>
    <message>
        <source>Missing (a bundle never arrived)</source>
        <translation>缺失（有数据包未收到）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>To decide (%1)</source>
        <translation>待决定（%1）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>in</source>
        <translation>收</translation>
    </message>
    <message>
        <source>out</source>
        <translation>发</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Cadre secondments</source>
        <translation>挂职干部</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动与会议</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>帮扶资金</translation>
    </message>
    <message>
        <source>Labor placements</source>
        <translation>劳务协作</translation>
    </message>
    <message>
        <source>Pairing activities</source>
        <translation>结对活动</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>结对关系</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Placement follow-ups</source>
        <translation>就业回访</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Records merged into one</source>
        <translation>合并的记录</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>培训学员</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>培训班</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>%1 already has a target for %2 to %3.</source>
        <translation>%1 在 %2 至 %3 年已有目标。</translation>
    </message>
    <message>
        <source>%1 cannot be filtered by %2; use one of: %3</source>
        <translation>%1 不能按 %2 筛选；可用：%3</translation>
    </message>
    <message>
        <source>%1 counts distinct %2; use one of: %3</source>
        <translation>%1 不能按 %2 去重计数；可用：%3</translation>
    </message>
    <message>
        <source>%1 has no date field %2; use one of: %3</source>
        <translation>%1 没有日期字段 %2；可用：%3</translation>
    </message>
    <message>
        <source>%1 has no start and end dates: in_force and months do not apply.</source>
        <translation>%1 没有起止日期，不能使用 in_force（在期内）或月数条件。</translation>
    </message>
    <message>
        <source>%1 is not a value of %2; use one of: %3</source>
        <translation>%1 不是 %2 的取值；可用：%3</translation>
    </message>
    <message>
        <source>%1 must be a whole number of months.</source>
        <translation>%1 必须是整月数。</translation>
    </message>
    <message>
        <source>%1 names more than one target row; add --scope and --year, or give the row's id.</source>
        <translation>%1 对应多条指标记录；请加上 --scope 和 --year，或直接给出记录编号。</translation>
    </message>
    <message>
        <source>%1 takes yes or no.</source>
        <translation>%1 只能填 是 或 否。</translation>
    </message>
    <message>
        <source>A count adds up no field; write sum for money.</source>
        <translation>计数不累加字段；统计金额请用 sum（求和）。</translation>
    </message>
    <message>
        <source>A count is not money: choose another unit.</source>
        <translation>计数不是金额，请选择其他单位。</translation>
    </message>
    <message>
        <source>A deadline is a month and day such as 03-31, per year: 2018:05-31,*:03-31.</source>
        <translation>截止日期写月和日，如 03-31；按年份写作 2018:05-31,*:03-31。</translation>
    </message>
    <message>
        <source>A rule starts with count or sum and a ledger, e.g. %1</source>
        <translation>统计规则以 count（计数）或 sum（求和）和台账开头，例如 %1</translation>
    </message>
    <message>
        <source>A sum adds up a money field of %1: %2</source>
        <translation>求和只能累加 %1 的金额字段：%2</translation>
    </message>
    <message>
        <source>A sum of money is counted in yuan or 10,000 yuan.</source>
        <translation>金额合计的单位只能是 元 或 万元。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标值不能为负数。</translation>
    </message>
    <message>
        <source>A target id is an area and a name in small letters, such as %1.</source>
        <translation>指标编号由领域和名称组成，用小写字母，例如 %1。</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>市本级</translation>
    </message>
    <message>
        <source>Cooperation cadres trained</source>
        <translation>培训东西部扶贫协作干部</translation>
    </message>
    <message>
        <source>Division-level cadres seconded</source>
        <translation>选派处级干部</translation>
    </message>
    <message>
        <source>Each county</source>
        <translation>各结对县（市、区）</translation>
    </message>
    <message>
        <source>Enterprises visiting the paired areas</source>
        <translation>企业考察对接</translation>
    </message>
    <message>
        <source>Financial aid disbursed on time</source>
        <translation>财政帮扶资金按时拨付</translation>
    </message>
    <message>
        <source>Give the new target a name.</source>
        <translation>请为新指标填写名称。</translation>
    </message>
    <message>
        <source>Hospital pairings</source>
        <translation>医院结对</translation>
    </message>
    <message>
        <source>Joint meetings</source>
        <translation>扶贫协作联席会议</translation>
    </message>
    <message>
        <source>Leaders' visits to the paired areas</source>
        <translation>党政主要负责同志调研对接</translation>
    </message>
    <message>
        <source>Long-term professional talents (1.5 years or more)</source>
        <translation>长期专业技术人才（一年半以上）</translation>
    </message>
    <message>
        <source>No counting rule for the target %1.</source>
        <translation>指标 %1 没有统计规则。</translation>
    </message>
    <message>
        <source>No such target: %1</source>
        <translation>没有这个指标：%1</translation>
    </message>
    <message>
        <source>Only a sum of money has a deadline.</source>
        <translation>只有金额求和可以设截止日期。</translation>
    </message>
    <message>
        <source>Party committee hearings on the work</source>
        <translation>党委常委会听取汇报</translation>
    </message>
    <message>
        <source>Poor-village cadres trained</source>
        <translation>培训贫困村干部</translation>
    </message>
    <message>
        <source>Program total</source>
        <translation>全市合计</translation>
    </message>
    <message>
        <source>Registered-poor people placed in jobs</source>
        <translation>建档立卡贫困人员就业</translation>
    </message>
    <message>
        <source>Rural wealth leaders trained</source>
        <translation>培训农村致富带头人</translation>
    </message>
    <message>
        <source>School pairings</source>
        <translation>学校结对</translation>
    </message>
    <message>
        <source>Section-level cadres seconded</source>
        <translation>选派科级干部</translation>
    </message>
    <message>
        <source>Short-term professional talents (3 to 12 months)</source>
        <translation>短期专业技术人才（三个月至一年）</translation>
    </message>
    <message>
        <source>The filter %1 has no value.</source>
        <translation>筛选条件 %1 没有取值。</translation>
    </message>
    <message>
        <source>The rule is not valid JSON.</source>
        <translation>统计规则不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The years %1 to %2 are not a range.</source>
        <translation>年份 %1 至 %2 不是有效的区间。</translation>
    </message>
    <message>
        <source>Town-town pairings</source>
        <translation>镇（乡）镇（乡）结对</translation>
    </message>
    <message>
        <source>Unknown ledger %1; use one of: %2</source>
        <translation>没有台账 %1；可用：%2</translation>
    </message>
    <message>
        <source>Unknown scope: %1</source>
        <translation>未知的范围：%1</translation>
    </message>
    <message>
        <source>Unknown unit: %1</source>
        <translation>未知的单位：%1</translation>
    </message>
    <message>
        <source>Village-village pairings</source>
        <translation>村村结对</translation>
    </message>
    <message>
        <source>Working-group leader</source>
        <translation>工作组组长</translation>
    </message>
    <message>
        <source>cadres</source>
        <translation>挂职干部</translation>
    </message>
    <message>
        <source>events</source>
        <translation>活动事件</translation>
    </message>
    <message>
        <source>funds</source>
        <translation>帮扶资金</translation>
    </message>
    <message>
        <source>labor placements</source>
        <translation>转移就业</translation>
    </message>
    <message>
        <source>pairing activities</source>
        <translation>结对活动</translation>
    </message>
    <message>
        <source>pairings</source>
        <translation>结对关系</translation>
    </message>
    <message>
        <source>trainees</source>
        <translation>培训学员</translation>
    </message>
    <message>
        <source>training sessions</source>
        <translation>培训班</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Add targets for %1</source>
        <translation>添加 %1 年目标</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>统计规则</translation>
    </message>
    <message>
        <source>Double-click a year or a threshold to change it. A new year gets its own rows, so earlier years keep their targets.</source>
        <translation>双击年份或目标值即可修改。新的年度有自己的目标行，以前年度的目标保持不变。</translation>
    </message>
    <message>
        <source>End after year…</source>
        <translation>截止到某年…</translation>
    </message>
    <message>
        <source>End target</source>
        <translation>终止目标</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Last year the target applies to:</source>
        <translation>目标适用的最后一年：</translation>
    </message>
    <message>
        <source>New target…</source>
        <translation>新增目标…</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Seed wording</source>
        <translation>文件原文</translation>
    </message>
    <message>
        <source>Select a target first.</source>
        <translation>请先选择一个目标。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>指标设置</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>家</translation>
    </message>
    <message>
        <source>item</source>
        <translation>个</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人</translation>
    </message>
    <message>
        <source>person-time</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>time</source>
        <translation>次</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Encrypt the database?</source>
        <translation>加密数据库？</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>正在加密数据库…</translation>
    </message>
    <message>
        <source>New start passphrase</source>
        <translation>新的启动口令</translation>
    </message>
    <message>
        <source>Start passphrase or recovery code</source>
        <translation>启动口令或恢复码</translation>
    </message>
    <message>
        <source>The database is encrypted</source>
        <translation>数据库已加密</translation>
    </message>
    <message>
        <source>The database is encrypted. Print the paper key backup now (Tools, Keys and enrolment): its recovery code is the only way to open the database on another computer.</source>
        <translation>数据库已加密。请现在打印纸质密钥备份（“工具”菜单中的“密钥与登记”）：在别的电脑上打开数据库只能靠其中的恢复码。</translation>
    </message>
    <message>
        <source>The passphrase once more</source>
        <translation>再输入一次口令</translation>
    </message>
    <message>
        <source>This database is not encrypted: whoever finds this laptop or copies its disk can read every resident ID and phone number in it. Encrypt it now? A verified encrypted copy replaces it; the plain file and plain backups are overwritten and removed. This takes a moment.</source>
        <translation>这个数据库没有加密：捡到这台笔记本或复制了它硬盘的人，都能读出其中所有身份证号和电话号码。现在加密吗？经过校验的加密副本会替换它；明文文件和明文备份会被覆盖并删除。这需要一点时间。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>A phone number is an 11-digit mobile number or a landline with area code.</source>
        <translation>电话应为11位手机号，或带区号的固定电话。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters: 17 digits and a digit or X.</source>
        <translation>身份证号为18位：17位数字加1位数字或X。</translation>
    </message>
    <message>
        <source>An amount may not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>An amount of money is a number of yuan.</source>
        <translation>金额应为以元计的数字。</translation>
    </message>
    <message>
        <source>Answer with 是 or 否 (yes or no).</source>
        <translation>请填“是”或“否”。</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number is in the future.</source>
        <translation>身份证号中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number is not valid.</source>
        <translation>身份证号码中的出生日期无效。</translation>
    </message>
    <message>
        <source>The check digit of the resident ID number is wrong; a digit was mistyped.</source>
        <translation>身份证号校验位不对，有数字输错了。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The region code in the resident ID number is not valid.</source>
        <translation>身份证号码中的地区代码无效。</translation>
    </message>
    <message>
        <source>The resident ID number is empty.</source>
        <translation>身份证号为空。</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>这不是日期。</translation>
    </message>
    <message>
        <source>This is not a date; write it as 2019-03-01.</source>
        <translation>这不是日期，请按 2019-03-01 的格式填写。</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed. Details are in the log file: %1</source>
        <translation>出现了问题，未做任何更改。详细情况记录在日志文件中：%1</translation>
    </message>
    <message>
        <source>The database is in use by another program (for example one that is reading it), so nothing was changed. Close that program, or wait a moment, and try again.</source>
        <translation>数据库正被另一个程序使用（例如正在读取它的程序），因此未做任何更改。请关闭那个程序，或稍等片刻，然后重试。</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>无法读取或写入文件：%1</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项 %(option)s 不明确，可能是 %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了多余的值 %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>需要以下参数之一：%s</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
</context>
</TS>
