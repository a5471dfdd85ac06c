<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Whole district (no street)</source>
        <translation>全区（不限街道）</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>所属街道(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;First password:</source>
        <translation>初始密码(&amp;F)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>used to sign in, e.g. zhangsan</source>
        <translation>用于登录，例如 zhangsan</translation>
    </message>
    <message>
        <source>Tell the colleague this first password in person; they choose their own at the first sign-in.</source>
        <translation>请当面把初始密码告诉同事；同事首次登录时须自行设置新密码。</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>{state}; must change password</source>
        <translation>{state}；须修改密码</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>连续失败次数</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Account {name} saved.</source>
        <translation>账号 {name} 已保存。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account of {name} ({username})? They can no longer sign in; what they did stays under their name. It can be enabled again.</source>
        <translation>停用 {name}（{username}）的账号？停用后无法登录；其操作记录仍归在其名下。之后可以重新启用。</translation>
    </message>
    <message>
        <source>Account {username} disabled.</source>
        <translation>账号 {username} 已停用。</translation>
    </message>
    <message>
        <source>Account {username} enabled.</source>
        <translation>账号 {username} 已启用。</translation>
    </message>
    <message>
        <source>Account {username} unlocked.</source>
        <translation>账号 {username} 已解锁。</translation>
    </message>
    <message>
        <source>Password of {username} reset; it must be changed at the next sign-in. The account was locked and is now unlocked.</source>
        <translation>已重置 {username} 的密码，下次登录时须修改。该账号原已锁定，现已解锁。</translation>
    </message>
    <message>
        <source>Password of {username} reset; it must be changed at the next sign-in.</source>
        <translation>已重置 {username} 的密码，下次登录时须修改。</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Disabled accounts keep their history. A reset password must be changed at the next sign-in; a reset also unlocks the account.</source>
        <translation>停用的账号保留其操作记录。重置后的密码须在下次登录时修改；重置密码同时解除锁定。</translation>
    </message>
    <message>
        <source>Read only: the accounts of your street. Ask an administrator to change one.</source>
        <translation>只读：本街道的账号。如需修改，请联系管理员。</translation>
    </message>
</context>
<context>
    <name>AdminTabs</name>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Crisis deadline</source>
        <translation>危机响应时限</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
</context>
<context>
    <name>AdministrationPane</name>
    <message>
        <source>Your role has no administration tasks.</source>
        <translation>您的角色没有需要处理的管理事项。</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>&lt;h3&gt;Step 1 of 3: the administrator&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;第 1 步（共 3 步）：管理员账号&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>This desk has no accounts yet. Create the administrator&apos;s account: the administrator sets up the organisation and creates the colleagues&apos; accounts.</source>
        <translation>本工作台还没有任何账号。请先创建管理员账号：由管理员建立组织架构，并为同事创建账号。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password (8+ characters):</source>
        <translation>密码（至少 8 个字符）(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>&amp;Join the district&apos;s central database</source>
        <translation>加入区中心数据库(&amp;J)</translation>
    </message>
    <message>
        <source>A desk of a district that already works with StreetDesk: take the district&apos;s data and accounts with the profile file and password it gave you.</source>
        <translation>所在区已在使用街道工作台：用区里提供的配置文件和密码，下载区里的数据和账号。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除标记</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>demo reset</source>
        <translation>重置演示数据</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>生成数据</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Reading the audit log…</source>
        <extracomment>A filter typed or chosen is applied once the user pauses this long.</extracomment>
        <translation>正在读取审计日志…</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>没有符合这些筛选条件的记录。</translation>
    </message>
    <message>
        <source>The newest {count} entries are shown; scroll down for older ones.</source>
        <translation>已显示最新的 {count} 条记录；向下滚动可查看更早的记录。</translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation>共 {count} 条记录。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>正在导出审计日志…</translation>
    </message>
    <message>
        <source>{rows} entries written to {file}.</source>
        <translation>已将 {rows} 条记录写入 {file}。</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>操作人(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>What (a&amp;rea)</source>
        <translation>对象（数据表）(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;sk</source>
        <translation>工作台(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;cord id</source>
        <translation>记录编号(&amp;C)</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>所有对象</translation>
    </message>
    <message>
        <source>every desk</source>
        <translation>所有工作台</translation>
    </message>
    <message>
        <source>paste a record&apos;s id</source>
        <translation>粘贴记录编号</translation>
    </message>
    <message>
        <source>&amp;Period (Beijing time)</source>
        <translation>时间段（北京时间）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export period… (Ctrl+E)</source>
        <translation>导出该时间段(&amp;E)…（Ctrl+E）</translation>
    </message>
</context>
<context>
    <name>CalendarOverridesDialog</name>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>chinese_calendar&apos;s holiday names, as the calendar page shows them.</extracomment>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Anti-Fascist 70th Day</source>
        <translation>抗战胜利70周年纪念日</translation>
    </message>
    <message>
        <source>not published for {year} yet; provisionally Monday to Friday less the statutory holidays</source>
        <translation>{year} 年的放假安排尚未公布；暂按周一至周五扣除法定节假日计算</translation>
    </message>
    <message>
        <source> (statutory holiday: {holiday})</source>
        <translation>（法定节假日：{holiday}）</translation>
    </message>
    <message>
        <source>the notice for {year}, imported as overrides</source>
        <translation>已导入的 {year} 年放假安排通知（作为日历调整）</translation>
    </message>
    <message>
        <source> (a working day moved for {holiday})</source>
        <translation>（{holiday}调休上班）</translation>
    </message>
    <message>
        <source> ({holiday})</source>
        <translation>（{holiday}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{day}: counts as a {kind}. Official calendar: {official}. Override: {override}.</source>
        <translation>{day}：计为{kind}。官方日历：{official}。调整：{override}。</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <extracomment>the year&apos;s overrides are shown (read on the pool) reads asked for, and the last one shown (a later ask wins over an earlier)</extracomment>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Counts &amp;as:</source>
        <translation>计为(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Set override</source>
        <translation>设置调整(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove override</source>
        <translation>取消调整(&amp;R)</translation>
    </message>
    <message>
        <source>Import the State Council&apos;s &amp;notice…</source>
        <translation>导入国务院放假通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Only an administrator changes the working calendar.</source>
        <translation>只有系统管理员可以调整工作日历。</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Overdue {days} d</source>
        <extracomment>Warning colours as painted: clearly apart from each other, also on a projector. A light wash of the warning colour over the card, so colours tell apart at a glance. lane rank → lane title</extracomment>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>Workdays left: {days}</source>
        <translation>剩余 {days} 个工作日</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>尚无负责人</translation>
    </message>
    <message>
        <source>No team yet</source>
        <translation>尚未组建三人小组</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>未指定幸福里</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已移除）</translation>
    </message>
    <message>
        <source>{lane} · {count}</source>
        <translation>{lane} · {count}</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未上传</translation>
    </message>
    <message>
        <source>Changed on this desk, not yet sent to the centre</source>
        <extracomment>What a dragged card carries: its id, the version it was shown at and its stage. True for a swimlane header row. The swimlane rank of the row. Cards in the row&apos;s swimlane in this column (header rows). Starts reading the next page of a column after a key; calls ``done(cards, keys)`` with it, or ``failed()``. cards in this column that match the filters (not only those read); None until counted the key of the last card read page by page: the next page starts after it a page is being read; bumped ``_epoch`` drops it when it comes</extracomment>
        <translation>本机已修改，尚未上传到中心</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{unit} (removed from the roster)</source>
        <translation>{unit}（已从花名册移除）</translation>
    </message>
    <message>
        <source>not accepted yet</source>
        <translation>尚无负责人</translation>
    </message>
    <message>
        <source>{name} (left the roster)</source>
        <translation>{name}（已离开花名册）</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <source>{when} ({days} days, {workdays} working days ago)</source>
        <translation>{when}（已过 {days} 天，{workdays} 个工作日）</translation>
    </message>
    <message>
        <source>no deadline in this stage</source>
        <translation>本阶段无办理时限</translation>
    </message>
    <message>
        <source>{deadline}: overdue by {days} working days</source>
        <translation>{deadline}：已超期 {days} 个工作日</translation>
    </message>
    <message>
        <source>{deadline}: due today</source>
        <translation>{deadline}：今日到期</translation>
    </message>
    <message>
        <source>{deadline}: {days} working days left</source>
        <translation>{deadline}：剩余 {days} 个工作日</translation>
    </message>
    <message>
        <source>no team yet</source>
        <translation>尚未组建</translation>
    </message>
    <message>
        <source>resolved ({how}) on {when}</source>
        <translation>{when} {how}</translation>
    </message>
    <message>
        <source>escalated: {level}</source>
        <translation>已升级：{level}</translation>
    </message>
    <message>
        <source>closed on {when}</source>
        <translation>{when} 结案</translation>
    </message>
    <message>
        <source>{level}, captured {when}: {summary}</source>
        <translation>{level}，{when} 发现：{summary}</translation>
    </message>
    <message>
        <source>(handed to the police {when}, receipt {receipt})</source>
        <translation>（{when} 已移交公安，回执 {receipt}）</translation>
    </message>
    <message>
        <source>Resident meeting “{topic}” on {day}: {text}</source>
        <translation>{day} 幸福大家谈“{topic}”：{text}</translation>
    </message>
    <message>
        <source>(resolved on the spot)</source>
        <translation>（当场化解）</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>Loading…</source>
        <extracomment>the CaseDetail shown, or None for the empty state</extracomment>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No description was recorded.</source>
        <translation>未填写情况描述。</translation>
    </message>
    <message>
        <source>Choose a card on the board to see the case here.</source>
        <translation>在看板上选择一张卡片，即可在此查看案件详情。</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>纠纷类别：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>所属幸福里：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>People involved:</source>
        <translation>涉及人数：</translation>
    </message>
    <message>
        <source>Amount owed:</source>
        <translation>涉及金额：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>收案时间：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <source>Three-person team:</source>
        <translation>三人小组：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>Early-warning lead:</source>
        <translation>预警线索：</translation>
    </message>
    <message>
        <source>Meeting demand:</source>
        <translation>大家谈诉求：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>情况描述：</translation>
    </message>
    <message>
        <source>Why this colour?</source>
        <translation>为何是此颜色？</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; (every step, oldest first)</source>
        <translation>&lt;b&gt;办理记录&lt;/b&gt;（每一步，按时间先后）</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Three-person &amp;team</source>
        <translation>三人小组(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>&amp;Source:</source>
        <extracomment>Fields an edit compares with what was loaded. the language the lists were read in</extracomment>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>情况描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>纠纷类别(&amp;G)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>幸福里(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;People involved:</source>
        <translation>涉及人数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Amount owed (yuan):</source>
        <translation>涉及金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation>收案时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（选填）(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Type the unit&apos;s name, pinyin or initials</source>
        <translation>输入幸福里名称、拼音或首字母</translation>
    </message>
    <message>
        <source>Type a name, pinyin or initials</source>
        <translation>输入姓名、拼音或首字母</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Receive a case</source>
        <translation>登记收案</translation>
    </message>
    <message>
        <source>Record a case as it was received, from any source.</source>
        <translation>按实际来源登记收到的矛盾纠纷。</translation>
    </message>
    <message>
        <source>Open a case from the early-warning lead: {summary}</source>
        <translation>由预警线索立案：{summary}</translation>
    </message>
    <message>
        <source>Edit case {number}</source>
        <translation>编辑案件 {number}</translation>
    </message>
    <message>
        <source>The unit {unit} has been removed from the roster; choose a current unit.</source>
        <translation>幸福里 {unit} 已从花名册中移除，请选择现有的幸福里。</translation>
    </message>
    <message>
        <source>The owner {name} has left the roster; choose a new owner.</source>
        <translation>负责人 {name} 已离开花名册，请选择新的负责人。</translation>
    </message>
    <message>
        <source>Choose the {field} from the list.</source>
        <translation>请从列表中选择{field}。</translation>
    </message>
    <message>
        <source>Reload to merge; your changes are kept.</source>
        <translation>请重新加载以合并改动；您的修改会保留。</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>编辑案件</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for {name}. Choose your own password now to continue.</source>
        <translation>管理员已为 {name} 设置了临时密码。请先设置您自己的密码再继续。</translation>
    </message>
    <message>
        <source>{name}, choose a new password of at least 8 characters.</source>
        <translation>{name}，请设置至少 8 个字符的新密码。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>&amp;Risk level:</source>
        <translation>风险等级(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Medical institution:</source>
        <translation>医疗机构(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>CloseLedgerDialog</name>
    <message>
        <source>Close the ledger</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Close the ledger of {who}? Its follow-ups end and nothing more can be recorded in it.</source>
        <translation>确定为 {who} 结案吗？结案后停止跟踪回访，台账中不能再记录任何内容。</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>结案日期(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ColleaguesPage</name>
    <message>
        <source>&lt;h3&gt;Step 3 of 3: the first colleagues&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;第 3 步（共 3 步）：添加同事&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Create an account for each colleague who will use this desk, or do it later in Administration → Accounts. Each chooses their own password at the first sign-in.</source>
        <translation>为每位要使用本工作台的同事创建账号，也可以稍后在 系统管理 → 账号管理 中创建。同事首次登录时自行设置密码。</translation>
    </message>
    <message>
        <source>&amp;Add a colleague…</source>
        <translation>添加同事(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Finish and open the desk</source>
        <translation>完成，进入工作台(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Dispute</source>
        <translation>纠纷案件</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Early-warning lead</source>
        <translation>预警线索</translation>
    </message>
    <message>
        <source>Person in care</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Removal mark</source>
        <translation>删除标记</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Centre&apos;s value</source>
        <translation>中心的值</translation>
    </message>
    <message>
        <source>Set on the centre by</source>
        <translation>中心修改人及时间</translation>
    </message>
    <message>
        <source>This desk&apos;s value</source>
        <translation>本机的值</translation>
    </message>
    <message>
        <source>Set on the desk by</source>
        <translation>本机修改人及时间</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>The centre&apos;s value is kept.</source>
        <translation>已保留中心的值。</translation>
    </message>
    <message>
        <source>This desk&apos;s value is taken; it goes to the centre at the next sync.</source>
        <translation>已采用本机的值，将在下次同步时上传到中心。</translation>
    </message>
    <message>
        <source>Two desks changed the same field before either had synced. The centre kept the first value it received; choose which value the record keeps.</source>
        <translation>两台工作台在同步前修改了同一字段。中心保留了先收到的值；请选择该记录最终采用哪个值。</translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>Keep the centre&apos;s value</source>
        <translation>保留中心的值</translation>
    </message>
    <message>
        <source>Take this desk&apos;s value</source>
        <translation>采用本机的值</translation>
    </message>
</context>
<context>
    <name>ConnectionBox</name>
    <message>
        <source>The connection is saved.</source>
        <extracomment>the profile and the password were stored, or the desk joined</extracomment>
        <translation>连接设置已保存。</translation>
    </message>
    <message>
        <source>The connection and the password are saved.</source>
        <translation>连接设置和密码已保存。</translation>
    </message>
    <message>
        <source>Only an administrator joins a central database.</source>
        <translation>只有系统管理员可以加入中心数据库。</translation>
    </message>
    <message>
        <source>Join the central database</source>
        <translation>加入中心数据库</translation>
    </message>
    <message>
        <source>Join {name}? The district&apos;s data comes down to this desk; records made here before joining are not sent to the centre.</source>
        <translation>加入 {name}？区里的数据将下载到本工作台；加入之前在本机录入的记录不会上传到中心。</translation>
    </message>
    <message>
        <source>Joining: taking the district&apos;s data…</source>
        <translation>正在加入：下载区里的数据…</translation>
    </message>
    <message>
        <source>This desk has joined the central database.</source>
        <translation>本工作台已加入中心数据库。</translation>
    </message>
    <message>
        <source>Connection to the central database</source>
        <translation>中心数据库连接</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Desk role:</source>
        <translation>工作台账号：</translation>
    </message>
    <message>
        <source>Server name checked:</source>
        <translation>校验的服务器名称：</translation>
    </message>
    <message>
        <source>Certificate check (sslmode):</source>
        <translation>证书校验（sslmode）：</translation>
    </message>
    <message>
        <source>Desk password:</source>
        <translation>工作台密码：</translation>
    </message>
    <message>
        <source>Choose the profile file…</source>
        <translation>选择配置文件…</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>保存连接设置</translation>
    </message>
    <message>
        <source>Join…</source>
        <translation>加入…</translation>
    </message>
    <message>
        <source>kept in the system&apos;s credential store, never in a file</source>
        <translation>保存在系统凭据库中，不写入文件</translation>
    </message>
    <message>
        <source>Certificate checking is lowered: this desk does not verify that it talks to the district&apos;s real server. Ask the district for a verify-full profile.</source>
        <translation>证书校验已降低：本工作台无法确认连接的是区里真正的服务器。请向区里索取 verify-full 的配置文件。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <source>StreetDesk met an unexpected error. Your data is safe: the change in progress was not saved. If it happens again, send the details below and the log file to your administrator.</source>
        <translation>街道工作台遇到意外错误。数据是安全的：正在进行的修改没有保存。如果再次出现，请把下面的详细信息和日志文件发给管理员。</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>DeletePersonDialog</name>
    <message>
        <source>Remove staff member</source>
        <translation>移除工作人员</translation>
    </message>
    <message>
        <source>Remove {person} from the roster?</source>
        <translation>确定将 {person} 从花名册中移除吗？</translation>
    </message>
    <message>
        <source>Their open secondments end today, and the posts they hold become vacant: {posts}.</source>
        <translation>其未结束的派驻今日结束，所任岗位将空缺：{posts}。</translation>
    </message>
    <message>
        <source>They hold no post today; any later secondment is cancelled.</source>
        <translation>其今日未在任何岗位；尚未开始的派驻将一并取消。</translation>
    </message>
    <message>
        <source>Remove volunteer</source>
        <translation>移除志愿者</translation>
    </message>
    <message>
        <source>The volunteer no longer shows in the roster or its exports.</source>
        <translation>该志愿者将不再出现在花名册及导出文件中。</translation>
    </message>
    <message>
        <source>The record is kept in the history and syncs as removed.</source>
        <translation>记录仍保留在历史中，并作为“已移除”同步。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DemandsModel</name>
    <message>
        <source>Tick “resolved on the spot” to record how it was resolved.</source>
        <extracomment>Service field names (``demands.N.&lt;name&gt;``) by column. (row, column) the service refused, shown on a red background</extracomment>
        <translation>勾选“当场化解”后填写化解情况。</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Resolved on the spot</source>
        <translation>当场化解</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>化解情况</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>synthetic data for training; it can be reset</source>
        <translation>培训用虚构数据，可随时重置</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Generating the demo data…</source>
        <extracomment>groups where earlier versions kept window layouts and filters for all users together</extracomment>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>StreetDesk cannot start</source>
        <translation>街道工作台无法启动</translation>
    </message>
    <message>
        <source>The copy could not be put back: {reason}</source>
        <translation>无法恢复该副本：{reason}</translation>
    </message>
    <message>
        <source>The copy taken before the sync is back in place. Start StreetDesk again; the next sync brings what the centre has received since.</source>
        <translation>同步前的副本已恢复。请重新启动街道工作台；下次同步会取回中心此后收到的数据。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>StreetDesk</source>
        <translation>街道工作台</translation>
    </message>
</context>
<context>
    <name>DisputeFields</name>
    <message>
        <source>owner</source>
        <extracomment>Field codes the dispute services name in errors, as the forms label them.</extracomment>
        <translation>负责人</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>化解结果</translation>
    </message>
    <message>
        <source>resolution method</source>
        <translation>化解方式</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>升级原因</translation>
    </message>
    <message>
        <source>level</source>
        <translation>升级层级</translation>
    </message>
    <message>
        <source>visit result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <source>category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>所属幸福里</translation>
    </message>
    <message>
        <source>people involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>amount owed</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>received at</source>
        <translation>收案时间</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>线索摘要</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>发现渠道</translation>
    </message>
    <message>
        <source>people estimate</source>
        <translation>预估人数</translation>
    </message>
    <message>
        <source>captured at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>police receipt number</source>
        <translation>公安回执编号</translation>
    </message>
    <message>
        <source>hand-over time</source>
        <translation>移交时间</translation>
    </message>
    <message>
        <source>early-warning lead</source>
        <translation>预警线索</translation>
    </message>
    <message>
        <source>team</source>
        <translation>三人小组</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Clerk</source>
        <extracomment>Seeded account roles; a district&apos;s own roles show by their code.</extracomment>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>Psychological-service staff</source>
        <translation>心理服务人员</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>view dispute cases</source>
        <translation>查看矛盾纠纷</translation>
    </message>
    <message>
        <source>record and move dispute cases</source>
        <translation>登记和流转矛盾纠纷</translation>
    </message>
    <message>
        <source>approve escalations</source>
        <translation>审批升级</translation>
    </message>
    <message>
        <source>record resident meetings</source>
        <translation>登记幸福大家谈</translation>
    </message>
    <message>
        <source>record early-warning leads</source>
        <translation>登记预警线索</translation>
    </message>
    <message>
        <source>change reference data</source>
        <translation>修改基础数据</translation>
    </message>
    <message>
        <source>view rosters</source>
        <translation>查看花名册</translation>
    </message>
</context>
<context>
    <name>DisputesPane</name>
    <message>
        <source>Not given</source>
        <extracomment>under the signed-in user&apos;s own group (``Pane.state``)</extracomment>
        <translation>未指定</translation>
    </message>
    <message>
        <source>{total} cases</source>
        <translation>共 {total} 件</translation>
    </message>
    <message>
        <source> · {overdue} overdue</source>
        <translation> · 逾期 {overdue} 件</translation>
    </message>
    <message>
        <source>Moving cards is not available on this desk yet.</source>
        <translation>本工作台暂不支持移动卡片。</translation>
    </message>
    <message>
        <source>Case {number} moved to {stage}.</source>
        <translation>案件 {number} 已移至“{stage}”。</translation>
    </message>
    <message>
        <source>Case {number} was changed elsewhere after it was shown; the board has been read again.</source>
        <translation>案件 {number} 在显示后已被他人修改，看板已重新读取。</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <source>Three-person team…</source>
        <translation>三人小组…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Refer a party to psychological care…</source>
        <translation>转介心理服务…</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Set work-in-progress limit…</source>
        <translation>设置在办上限…</translation>
    </message>
    <message>
        <source>Work-in-progress limit</source>
        <translation>在办上限</translation>
    </message>
    <message>
        <source>Most cards wanted in {stage} (0 for no limit):</source>
        <translation>“{stage}”列最多容纳的案件数（0 表示不限）：</translation>
    </message>
    <message>
        <source>/ limit {limit}</source>
        <translation>/ 上限 {limit}</translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>暂无案件</translation>
    </message>
    <message>
        <source>Loading the board…</source>
        <translation>正在读取看板…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Receive a case from any source</source>
        <translation>登记各渠道来源的案件</translation>
    </message>
    <message>
        <source>Resident meeting…</source>
        <translation>幸福大家谈…</translation>
    </message>
    <message>
        <source>Early-warning leads…</source>
        <translation>预警线索…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Warning rules…</source>
        <translation>预警规则…</translation>
    </message>
    <message>
        <source>Working calendar…</source>
        <translation>工作日历…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Select a card to see the case here.</source>
        <translation>在看板上选择一张卡片，即可在此查看案件详情。</translation>
    </message>
</context>
<context>
    <name>EncryptionTab</name>
    <message>
        <source>The key is kept in this computer&apos;s keyring (on Windows, the Credential Manager of the signed-in user), entry {entry}.</source>
        <translation>密钥保存在本机的系统密钥环中（Windows 上为当前登录用户的“凭据管理器”），条目 {entry}。</translation>
    </message>
    <message>
        <source>The key is read from the key file {path}.</source>
        <translation>密钥从密钥文件 {path} 读取。</translation>
    </message>
    <message>
        <source>This demo database keeps its key in a file beside it: {path}.</source>
        <translation>此演示数据库的密钥保存在它旁边的文件中：{path}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database on this desk is encrypted.&lt;/b&gt;</source>
        <translation>&lt;b&gt;本机的数据库已加密。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When this desk is replaced, copy the database file to the new computer and type the recovery key at the first start there; the key is then kept in the new computer&apos;s keyring. Changing the key re-encrypts the file and gives a new recovery key: the old one stops working.</source>
        <translation>更换电脑时，把数据库文件复制到新电脑，在新电脑第一次启动时输入恢复密钥；之后密钥就保存在新电脑的密钥环中。更换密钥会重新加密文件并生成新的恢复密钥，旧的恢复密钥随即失效。</translation>
    </message>
    <message>
        <source>&amp;Show the recovery key…</source>
        <translation>显示恢复密钥(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Change the key…</source>
        <translation>更换密钥(&amp;C)…</translation>
    </message>
    <message>
        <source>Confirm with your password</source>
        <translation>请输入密码确认</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>您的密码：</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>The database is re-encrypted with a new key and a new recovery key is shown. The old recovery key no longer opens it. Continue?</source>
        <translation>数据库将用新密钥重新加密，并显示新的恢复密钥。旧的恢复密钥将无法再打开它。是否继续？</translation>
    </message>
    <message>
        <source>The key was changed. Write down the new recovery key.</source>
        <translation>密钥已更换。请抄下新的恢复密钥。</translation>
    </message>
</context>
<context>
    <name>EndSecondmentDialog</name>
    <message>
        <source>End a secondment</source>
        <translation>结束派驻</translation>
    </message>
    <message>
        <source>{name} in {post}, since {start}.</source>
        <translation>{name}，{post}，自 {start} 起。</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>最后一天(&amp;L)：</translation>
    </message>
    <message>
        <source>The post is vacant from the next day.</source>
        <translation>次日起该岗位空缺。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. rotation ended, recalled to the department</source>
        <translation>如：轮岗期满、调回原部门</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter the name to show.</source>
        <translation>请输入显示名称。</translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation>未知角色：{role}。</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation>用户名 {username} 已被使用。</translation>
    </message>
    <message>
        <source>An administrator already exists.</source>
        <translation>管理员账号已存在。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>One-click sign-in is only for the demo database.</source>
        <translation>一键登录仅适用于演示数据库。</translation>
    </message>
    <message>
        <source>The demo account for {role} is missing.</source>
        <translation>缺少角色 {role} 的演示账号。</translation>
    </message>
    <message>
        <source>{path} is not a StreetDesk database file.</source>
        <translation>{path} 不是街道工作台的数据库文件。</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to ({reason}).</source>
        <translation>数据文件夹 {folder} 无法写入（{reason}）。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read ({reason}).</source>
        <translation>无法读取数据库文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged ({detail}).</source>
        <translation>数据库文件 {path} 已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer StreetDesk (schema {revision}). Update StreetDesk to open it.</source>
        <translation>数据库 {path} 由更新版本的街道工作台写入（结构版本 {revision}）。请先升级街道工作台再打开。</translation>
    </message>
    <message>
        <source>The central database has a newer schema ({revision}).</source>
        <translation>中心数据库的结构版本更新（{revision}）。</translation>
    </message>
    <message>
        <source>The database file {path} is in use by another program. Close it and try again.</source>
        <translation>数据库文件 {path} 正被其他程序使用。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The demo roster has nobody to work on cases.</source>
        <translation>演示花名册中没有可以办理案件的人员。</translation>
    </message>
    <message>
        <source>The scale must be a whole number from {low} to {high}.</source>
        <translation>规模必须是 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Demo data goes into an empty database; this one has a district.</source>
        <translation>演示数据只能写入空数据库；此数据库已有区级数据。</translation>
    </message>
    <message>
        <source>The number of cases cannot be negative.</source>
        <translation>案件数量不能为负数。</translation>
    </message>
    <message>
        <source>There is no street with units to add cases to.</source>
        <translation>没有包含幸福里的街道可以添加案件。</translation>
    </message>
    <message>
        <source>{path} holds data that is not demo data, so it was left as it is. Choose another file for the demo database.</source>
        <translation>{path} 中保存的不是演示数据，已原样保留。请为演示数据库另选一个文件。</translation>
    </message>
    <message>
        <source>There is no calendar override on {day}.</source>
        <translation>{day} 没有日历调整。</translation>
    </message>
    <message>
        <source>This case belongs to another street.</source>
        <translation>此案件属于其他街道。</translation>
    </message>
    <message>
        <source>The case no longer exists; it may have been removed elsewhere.</source>
        <translation>此案件已不存在，可能已在别处删除。</translation>
    </message>
    <message>
        <source>Case {number} was changed by {author} at {when} after you opened it. Reload it to see the change; what you entered is kept.</source>
        <translation>您打开案件 {number} 之后，{author} 于 {when} 修改了它。请重新加载查看改动；您输入的内容已保留。</translation>
    </message>
    <message>
        <source>That unit does not exist.</source>
        <translation>该幸福里不存在。</translation>
    </message>
    <message>
        <source>The unit {unit} has been removed from the roster; choose a current unit.</source>
        <translation>幸福里 {unit} 已从花名册中移除，请选择现有的幸福里。</translation>
    </message>
    <message>
        <source>That member of staff does not exist.</source>
        <translation>该工作人员不存在。</translation>
    </message>
    <message>
        <source>{name} has left the roster; choose someone who is on it now.</source>
        <translation>{name} 已不在花名册中，请选择现有人员。</translation>
    </message>
    <message>
        <source>The unit of case {number} ({unit}) has been removed from the roster. Edit the case to give it a current unit first.</source>
        <translation>案件 {number} 所属的幸福里（{unit}）已从花名册中移除。请先编辑案件，指定现有的幸福里。</translation>
    </message>
    <message>
        <source>The owner of case {number} ({name}) has left the roster. Edit the case to give it a new owner first.</source>
        <translation>案件 {number} 的负责人（{name}）已不在花名册中。请先编辑案件，指定新的负责人。</translation>
    </message>
    <message>
        <source>Choose the unit (or street) the case belongs to.</source>
        <translation>请选择案件所属的幸福里（或街道）。</translation>
    </message>
    <message>
        <source>Moving a case from {from_stage} to {to_stage} needs: {fields}.</source>
        <translation>案件从“{from_stage}”转到“{to_stage}”需要填写：{fields}。</translation>
    </message>
    <message>
        <source>The move cannot be dated before the case entered its current stage.</source>
        <translation>流转时间不能早于案件进入当前环节的时间。</translation>
    </message>
    <message>
        <source>That early-warning lead no longer exists.</source>
        <translation>该预警线索已不存在。</translation>
    </message>
    <message>
        <source>No street is set up yet: set up the organisation first (Administration → Organisation, or streetdesk org import).</source>
        <translation>尚未建立任何街道：请先建立组织架构（系统管理 → 组织架构，或 streetdesk org import）。</translation>
    </message>
    <message>
        <source>There is no unit to print.</source>
        <translation>没有可打印的单元。</translation>
    </message>
    <message>
        <source>Enter this as text.</source>
        <translation>请以文字填写此项。</translation>
    </message>
    <message>
        <source>The idle lock of {minutes} minutes in the config file is outside {low} to {high}; {used} minutes are used.</source>
        <translation>配置文件中的闲置锁定时间 {minutes} 分钟超出 {low} 至 {high} 的范围，现按 {used} 分钟执行。</translation>
    </message>
    <message>
        <source>This text has {length} characters; at most {limit} are allowed.</source>
        <translation>此内容共 {length} 个字符，最多允许 {limit} 个。</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value} 不是有效日期。</translation>
    </message>
    <message>
        <source>{value} is not a date and time.</source>
        <translation>{value} 不是有效的日期时间。</translation>
    </message>
    <message>
        <source>{when} is outside the dates this desk accepts ({earliest} to {latest}).</source>
        <translation>{when} 超出本系统可接受的日期范围（{earliest} 至 {latest}）。</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} 不是整数。</translation>
    </message>
    <message>
        <source>{value} has more than two decimal places; amounts are kept to the fen.</source>
        <translation>{value} 的小数超过两位；金额只精确到分。</translation>
    </message>
    <message>
        <source>The record&apos;s version is not valid; reload it.</source>
        <translation>记录版本无效，请重新加载。</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>时间缺少时区。</translation>
    </message>
    <message>
        <source>{when} is in the future; record what has already happened.</source>
        <translation>{when} 是将来的时间；请记录已经发生的事情。</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s value or the desk&apos;s.</source>
        <translation>请选择保留中心的值或采用本机的值。</translation>
    </message>
    <message>
        <source>Someone settled this conflict meanwhile ({author}); reload the list.</source>
        <translation>此冲突已由他人处理（{author}），请刷新列表。</translation>
    </message>
    <message>
        <source>No keyring is available to keep the central password ({reason}).</source>
        <translation>本机没有可用的系统密钥库来保存中心数据库密码（{reason}）。</translation>
    </message>
    <message>
        <source>The central database is older than this desk; ask the administrator to upgrade it (streetdesk central init).</source>
        <translation>中心数据库的版本比本机旧，请联系管理员升级中心数据库（streetdesk central init）。</translation>
    </message>
    <message>
        <source>The central database is newer than this desk; update StreetDesk first.</source>
        <translation>中心数据库的版本比本机新，请先升级街道工作台。</translation>
    </message>
    <message>
        <source>A demo database never syncs.</source>
        <translation>演示数据库不会同步。</translation>
    </message>
    <message>
        <source>This desk is not enrolled with the central database.</source>
        <translation>本机尚未在中心数据库登记。</translation>
    </message>
    <message>
        <source>Another street&apos;s record, or not this desk&apos;s to write.</source>
        <translation>这是其他街道的记录，或本机无权写入。</translation>
    </message>
    <message>
        <source>Not this desk&apos;s to write.</source>
        <translation>本机无权写入此记录。</translation>
    </message>
    <message>
        <source>{file} is not a StreetDesk connection profile.</source>
        <translation>{file} 不是街道工作台的连接配置文件。</translation>
    </message>
    <message>
        <source>The profile {file} is of a newer version; update StreetDesk.</source>
        <translation>连接配置文件 {file} 的版本较新，请升级街道工作台。</translation>
    </message>
    <message>
        <source>The profile {file} gives the port {port}; a port is a number from 1 to 65535.</source>
        <translation>连接配置文件 {file} 中的端口为 {port}；端口应是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The profile {file} gives an unknown sslmode {mode}; it must be one of {modes}.</source>
        <translation>连接配置文件 {file} 中的 sslmode {mode} 无法识别；应为以下之一：{modes}。</translation>
    </message>
    <message>
        <source>The CA certificate in the profile {file} is not a PEM certificate.</source>
        <translation>连接配置文件 {file} 中的 CA 证书不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>The profile {file} is incomplete.</source>
        <translation>连接配置文件 {file} 不完整。</translation>
    </message>
    <message>
        <source>The profile file {file} cannot be read: {reason}</source>
        <translation>无法读取连接配置文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>The central database refused the desk&apos;s password.</source>
        <translation>中心数据库拒绝了本机的密码。</translation>
    </message>
    <message>
        <source>The central server&apos;s certificate could not be trusted ({reason}); nothing was sent.</source>
        <translation>中心服务器的证书无法信任（{reason}），未发送任何数据。</translation>
    </message>
    <message>
        <source>The central database does not accept this desk&apos;s connection ({reason}).</source>
        <translation>中心数据库不接受本机的连接（{reason}）。</translation>
    </message>
    <message>
        <source>This desk has not joined a central database yet.</source>
        <translation>本机尚未加入区中心数据库。</translation>
    </message>
    <message>
        <source>The central password of this desk is not stored here.</source>
        <translation>本机未保存中心数据库密码。</translation>
    </message>
    <message>
        <source>This desk has already joined a central database.</source>
        <translation>本机已经加入了区中心数据库。</translation>
    </message>
    <message>
        <source>This desk file holds {count} records made here, which joining would never send to the centre; join with a new desk file.</source>
        <translation>此工作台文件中有 {count} 条在本机录入的记录，加入后它们将永远不会发送到区中心；请用新的工作台文件加入。</translation>
    </message>
    <message>
        <source>Type the desk&apos;s password from the district.</source>
        <translation>请输入区里提供的工作台密码。</translation>
    </message>
    <message>
        <source>Only a desk&apos;s own database file can be copied.</source>
        <translation>只能复制本机自己的数据库文件。</translation>
    </message>
    <message>
        <source>{file} is not one of the copies of this desk; `sync snapshots` lists them.</source>
        <translation>{file} 不是本工作台的同步前副本；可用 `sync snapshots` 查看副本列表。</translation>
    </message>
    <message>
        <source>No copy of {path} could be made before syncing ({reason}); nothing was sent.</source>
        <translation>同步前未能备份 {path}（{reason}），未发送任何数据。</translation>
    </message>
    <message>
        <source>The central database cannot be reached ({reason}); nothing was lost.</source>
        <translation>无法连接中心数据库（{reason}），数据没有丢失。</translation>
    </message>
    <message>
        <source>The number of people must be between {low} and {high}.</source>
        <translation>涉及人数必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>The amount must be between 0 and {high} yuan.</source>
        <translation>金额必须在 0 到 {high} 元之间。</translation>
    </message>
    <message>
        <source>This field takes a single line of text.</source>
        <translation>此项只能填写一行文字。</translation>
    </message>
    <message>
        <source>The text contains an invisible character (code U+{code}); remove it.</source>
        <translation>文字中含有不可见字符（代码 U+{code}），请删除。</translation>
    </message>
    <message>
        <source>The text contains a character that cannot be stored (code U+{code}).</source>
        <translation>内容中含有无法保存的字符（编码 U+{code}）。</translation>
    </message>
    <message>
        <source>Enter the amount as a number of yuan.</source>
        <translation>请以元为单位输入金额数字。</translation>
    </message>
    <message>
        <source>{code} is not a known entry of this list.</source>
        <translation>{code} 不是此列表中的已知条目。</translation>
    </message>
    <message>
        <source>A case cannot move from {from_stage} to {to_stage}. From {from_stage} it can move to: {allowed}.</source>
        <translation>案件不能从“{from_stage}”转到“{to_stage}”。从“{from_stage}”可以转到：{allowed}。</translation>
    </message>
    <message>
        <source>The stage rules have no way from {from_stage} to {to_stage}.</source>
        <translation>流转规则中没有从“{from_stage}”到“{to_stage}”的路径。</translation>
    </message>
    <message>
        <source>There is no stage {stage}.</source>
        <translation>没有环节“{stage}”。</translation>
    </message>
    <message>
        <source>The case is in a stage that no longer exists.</source>
        <translation>案件所处的环节已不存在。</translation>
    </message>
    <message>
        <source>The case is already in {to_stage}.</source>
        <translation>案件已处于“{to_stage}”。</translation>
    </message>
    <message>
        <source>A case in {from_stage} is finished and cannot be moved.</source>
        <translation>处于“{from_stage}”的案件已办结，不能再流转。</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this action ({permission}).</source>
        <translation>您的角色（{role}）无权执行此操作（{permission}）。</translation>
    </message>
    <message>
        <source>The chosen entry no longer exists.</source>
        <translation>所选条目已不存在。</translation>
    </message>
    <message>
        <source>{name} with the mobile number {phone} is already on the roster.</source>
        <translation>手机号为 {phone} 的 {name} 已在花名册中。</translation>
    </message>
    <message>
        <source>This person is no longer on the roster.</source>
        <translation>此人已不在花名册中。</translation>
    </message>
    <message>
        <source>Unknown street.</source>
        <translation>未知街道。</translation>
    </message>
    <message>
        <source>A user name cannot hold control or invisible characters.</source>
        <translation>用户名不能含控制字符或不可见字符。</translation>
    </message>
    <message>
        <source>A user name has at most {max} characters.</source>
        <translation>用户名最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The password has at most {count} characters.</source>
        <translation>密码最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>密码不能全是空格。</translation>
    </message>
    <message>
        <source>The password holds a character that cannot be typed.</source>
        <translation>密码含有无法输入的字符。</translation>
    </message>
    <message>
        <source>The name to show has at most {max} visible characters.</source>
        <translation>显示名称最多 {max} 个可见字符。</translation>
    </message>
    <message>
        <source>The password file {path} is too large to hold a password.</source>
        <translation>密码文件 {path} 过大，不像是存放密码的文件。</translation>
    </message>
    <message>
        <source>No terminal to type the password in: give --password-file PATH or set STREETDESK_PASSWORD_FILE.</source>
        <translation>没有可输入密码的终端：请用 --password-file PATH 指定密码文件，或设置 STREETDESK_PASSWORD_FILE。</translation>
    </message>
    <message>
        <source>{command} reads or writes personal data: sign in with --user NAME.</source>
        <translation>{command} 会读取或写入个人信息：请用 --user 用户名 登录。</translation>
    </message>
    <message>
        <source>The password file {path} cannot be read ({reason}).</source>
        <translation>无法读取密码文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>密码文件 {path} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <source>No copy of {path} could be made before updating it ({reason}); nothing was changed.</source>
        <translation>更新前无法为 {path} 制作副本（{reason}），未做任何改动。</translation>
    </message>
    <message>
        <source>Updating the database {path} failed ({detail}); the file was put back as it was. A copy is kept at {backup}.</source>
        <translation>更新数据库 {path} 失败（{detail}），文件已恢复原样。副本保存在 {backup}。</translation>
    </message>
    <message>
        <source>Only the demo database on this desk can be reset.</source>
        <translation>只能重置本机的演示数据库。</translation>
    </message>
    <message>
        <source>The stage rules have no way from {from_stage} to a final stage.</source>
        <translation>流转规则中没有从“{from_stage}”到办结环节的路径。</translation>
    </message>
    <message>
        <source>Say how the demand was resolved on the spot.</source>
        <translation>请说明诉求是如何当场解决的。</translation>
    </message>
    <message>
        <source>The lead and the case belong to different streets.</source>
        <translation>线索与案件属于不同的街道。</translation>
    </message>
    <message>
        <source>The case is already linked to this lead.</source>
        <translation>案件已关联到此线索。</translation>
    </message>
    <message>
        <source>The lead was changed by {author} after you opened it. Reload it; what you entered is kept.</source>
        <translation>您打开此线索之后，{author} 修改了它。请重新加载；您输入的内容已保留。</translation>
    </message>
    <message>
        <source>This lead was already handed to the police on {when} (receipt {receipt}).</source>
        <translation>此线索已于 {when} 移交公安机关（回执 {receipt}）。</translation>
    </message>
    <message>
        <source>The hand-over cannot be dated before the lead was captured.</source>
        <translation>移交时间不能早于线索发现时间。</translation>
    </message>
    <message>
        <source>Each place in the team needs a different person.</source>
        <translation>小组中的每个位置需要由不同的人担任。</translation>
    </message>
    <message>
        <source>This case&apos;s severity needs a team member in the {role} place.</source>
        <translation>按此案件的等级，小组中的“{role}”位置需要有人。</translation>
    </message>
    <message>
        <source>{role} is not a place in the team.</source>
        <translation>“{role}”不是小组中的位置。</translation>
    </message>
    <message>
        <source>{name} cannot take the {role} place: not on the roster for it.</source>
        <translation>{name} 不能担任“{role}”：花名册中不具备该身份。</translation>
    </message>
    <message>
        <source>The roster changed since this file was checked; check the file again.</source>
        <translation>预检之后花名册已有变化，请重新预检文件。</translation>
    </message>
    <message>
        <source>{count} rows of {file} have errors; correct them or import only the valid rows.</source>
        <translation>{file} 中有 {count} 行存在错误；请更正，或只导入无误的行。</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not {file}.</source>
        <translation>请导出为 .xlsx 或 .csv 文件，而不是 {file}。</translation>
    </message>
    <message>
        <source>The period ends before it starts ({start} to {end}).</source>
        <translation>时间段的结束早于开始（{start} 至 {end}）。</translation>
    </message>
    <message>
        <source>{file} cannot be written ({reason}).</source>
        <translation>无法写入 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not StreetDesk&apos;s. It was left as it is; choose a StreetDesk database or a new file name.</source>
        <translation>{path} 是其他程序的数据库，不是街道工作台的数据库。该文件未作任何改动；请选择街道工作台的数据库或新的文件名。</translation>
    </message>
    <message>
        <source>The first account of a new desk is its administrator: use --role admin.</source>
        <translation>新工作台的第一个账号必须是管理员：请使用 --role admin。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <source>Choose a street from the list.</source>
        <translation>请从列表中选择街道。</translation>
    </message>
    <message>
        <source>{username} is the last active administrator and cannot be given another role: nobody would be left to manage the desk. Create another administrator first.</source>
        <translation>{username} 是最后一位在用的管理员，不能改为其他角色，否则将无人管理本工作台。请先创建另一位管理员。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>{username} is the last active administrator and cannot be disabled: nobody would be left to manage the desk. Create another administrator first.</source>
        <translation>{username} 是最后一位在用的管理员，不能停用，否则将无人管理本工作台。请先创建另一位管理员。</translation>
    </message>
    <message>
        <source>Change your own password with Change my password (Ctrl+Shift+P).</source>
        <translation>自己的密码请通过“修改我的密码”（Ctrl+Shift+P）修改。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for a while.</source>
        <translation>密码错误次数过多：账号已暂时锁定。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>Choose the street: your account manages only your street.</source>
        <translation>请选择街道：您的账号只能管理本街道。</translation>
    </message>
    <message>
        <source>There is no account named {username}.</source>
        <translation>没有名为 {username} 的账号。</translation>
    </message>
    <message>
        <source>There is no street with the code {code}.</source>
        <translation>没有代码为 {code} 的街道。</translation>
    </message>
    <message>
        <source>The password of {username} was reset: choose a new one first, with streetdesk --user {username} user password (or by signing in on the desk).</source>
        <translation>{username} 的密码已被重置：请先设置新密码（streetdesk --user {username} user password，或在工作台登录时设置）。</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a StreetDesk database. It was left as it is; to start a new database choose a new file name.</source>
        <translation>{path} 是空文件，不是街道工作台的数据库。该文件未作任何改动；如需新建数据库，请选择新的文件名。</translation>
    </message>
    <message>
        <source>Creating the database {path} failed ({detail}); no file was left behind.</source>
        <translation>创建数据库 {path} 失败（{detail}）；未留下任何文件。</translation>
    </message>
    <message>
        <source>The database {path} is read-only and needs updating for this StreetDesk. It was left as it is; make it writable and try again.</source>
        <translation>数据库 {path} 为只读，而本版街道工作台需要对其升级。该文件未作任何改动；请将其设为可写后重试。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>A desk name has 1 to {max} visible characters.</source>
        <translation>工作台名称须有 1 到 {max} 个可见字符。</translation>
    </message>
    <message>
        <source>{database} is not set up as a central database yet: run central init first.</source>
        <translation>{database} 尚未设置为中心数据库：请先运行 central init。</translation>
    </message>
    <message>
        <source>The desk {desk} is enrolled already. To give it a new password (its old one stops working), enrol it again with --new-password.</source>
        <translation>工作台 {desk} 已登记。如需为其设置新密码（旧密码随即失效），请加 --new-password 再次登记。</translation>
    </message>
    <message>
        <source>{file} holds no PEM certificate.</source>
        <translation>{file} 中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>Unknown sslmode {mode}.</source>
        <translation>未知的 sslmode：{mode}。</translation>
    </message>
    <message>
        <source>{file} exists already; the desk&apos;s password is written only to a new file.</source>
        <translation>{file} 已存在；工作台的密码只写入新文件。</translation>
    </message>
    <message>
        <source>The CA certificate {file} cannot be read.</source>
        <translation>无法读取 CA 证书 {file}。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Central database {database} created.</source>
        <translation>已创建中心数据库 {database}。</translation>
    </message>
    <message>
        <source>Central database {database} is up to date: {tables} synced tables under row-level security; desks log in as members of the role {group}.</source>
        <translation>中心数据库 {database} 已是最新：{tables} 张同步表受行级安全保护；各工作台以角色 {group} 成员的身份登录。</translation>
    </message>
    <message>
        <source>Filled from {file}: {rows} rows in {tables} tables.</source>
        <translation>已从 {file} 导入：{tables} 张表，共 {rows} 行。</translation>
    </message>
    <message>
        <source>District administrator {user} created.</source>
        <translation>已创建区级管理员 {user}。</translation>
    </message>
    <message>
        <source>Desk {desk} enrolled for street {street} as the role {role}; profile {file} written.</source>
        <translation>工作台 {desk} 已登记到街道 {street}，数据库角色为 {role}；连接配置文件已写入 {file}。</translation>
    </message>
    <message>
        <source>Its password is in {file}; hand it over apart from the profile.</source>
        <translation>其密码已写入 {file}；请与连接配置文件分开交付。</translation>
    </message>
    <message>
        <source>Its password (shown only now; hand it over apart from the profile):</source>
        <translation>其密码（仅此一次显示；请与连接配置文件分开交付）：</translation>
    </message>
    <message>
        <source>The central database already holds records; only an empty one can be filled from a desk file.</source>
        <translation>中心数据库中已有记录；只有空的中心数据库才能从工作台文件导入。</translation>
    </message>
    <message>
        <source>The central database {database} cannot be reached ({detail}).</source>
        <translation>无法连接中心数据库 {database}（{detail}）。</translation>
    </message>
    <message>
        <source>The central database {database} does not exist and cannot be made ({detail}).</source>
        <translation>中心数据库 {database} 不存在，且无法创建（{detail}）。</translation>
    </message>
    <message>
        <source>The central database must be given as a PostgreSQL URL with a database name.</source>
        <translation>中心数据库须以带数据库名的 PostgreSQL 地址给出。</translation>
    </message>
    <message>
        <source>{path} is an unencrypted database, but the database this desk keeps there is encrypted. It was left as it is. To use this file, give it another name and open it by that name: it is encrypted then.</source>
        <translation>{path} 是未加密的数据库，但本机在此位置保存的数据库是加密的。文件未作任何改动。如要使用此文件，请给它换个名字，再用新名字打开：打开时会加密。</translation>
    </message>
    <message>
        <source>{path} is an encrypted StreetDesk database; it opens only with its key, as the desk&apos;s database (--db).</source>
        <translation>{path} 是加密的街道工作台数据库，只能凭其密钥作为工作台数据库（--db）打开。</translation>
    </message>
    <message>
        <source>The key of the database {path} lies in a file beside it, which only a demo database may do. Nothing was opened; keep the key in the keyring or give it with --key-file.</source>
        <translation>数据库 {path} 的密钥放在它旁边的文件中，只有演示数据库可以这样做。未打开任何文件；请把密钥保存在密钥环中，或用 --key-file 指定。</translation>
    </message>
    <message>
        <source>Provisional calendar for {years}: the official holiday schedule is not known yet, so deadlines count Monday to Friday less the statutory holidays, without the make-up working days. An administrator imports the State Council&apos;s notice under Working calendar once it is published.</source>
        <translation>{years} 年为暂定日历：官方放假安排尚未公布，期限暂按周一至周五扣除法定节假日计算，未计调休上班日。通知公布后，请管理员在“工作日历”中导入国务院放假通知。</translation>
    </message>
    <message>
        <source>The dates of {holiday} in the notice could not be read; check the pasted text.</source>
        <translation>无法读出通知中{holiday}的日期，请检查粘贴的文字。</translation>
    </message>
    <message>
        <source>This is not the State Council&apos;s holiday notice: its title 国务院办公厅关于20XX年部分节假日安排的通知 or the sentence 现将20XX年… is missing.</source>
        <translation>这不是国务院放假通知：缺少标题“国务院办公厅关于20XX年部分节假日安排的通知”或“现将20XX年……”一句。</translation>
    </message>
    <message>
        <source>The notice lists no holidays (一、元旦：…) that could be read.</source>
        <translation>通知中没有可读出的节假日条目（如“一、元旦：……”）。</translation>
    </message>
    <message>
        <source>The notice gives {day} both as a day off and as a working day.</source>
        <translation>通知把 {day} 既列为放假日又列为上班日。</translation>
    </message>
    <message>
        <source>The notice says {holiday} lasts {total} days but gives {count}.</source>
        <translation>通知写明{holiday}共 {total} 天，但列出的日期是 {count} 天。</translation>
    </message>
    <message>
        <source>Case {number} has no move to undo.</source>
        <translation>案件 {number} 没有可撤销的移动。</translation>
    </message>
    <message>
        <source>The last move of case {number} was made by someone else; it is not yours to undo.</source>
        <translation>案件 {number} 的最近一次移动是其他人做的，不能由您撤销。</translation>
    </message>
    <message>
        <source>The move of case {number} was made more than {minutes} minutes ago; a supervisor can move the case back.</source>
        <translation>案件 {number} 的移动已超过 {minutes} 分钟，不能再撤销；主管可以将案件退回。</translation>
    </message>
    <message>
        <source>Case {number} has moved since; it cannot be undone.</source>
        <translation>案件 {number} 此后又被移动过，不能撤销。</translation>
    </message>
    <message>
        <source>Case {number} has no earlier stage.</source>
        <translation>案件 {number} 没有可退回的上一阶段。</translation>
    </message>
    <message>
        <source>Say why the case moves back.</source>
        <translation>请填写退回的原因。</translation>
    </message>
    <message>
        <source>This database is not an encrypted desk database.</source>
        <translation>此数据库不是加密的工作台数据库。</translation>
    </message>
    <message>
        <source>No keyring is available on this computer ({reason}), so the key of the database {path} cannot be kept safely. Nothing was changed; give a key file with --key-file PATH or the STREETDESK_KEY_FILE environment variable.</source>
        <translation>本机没有可用的系统密钥环（{reason}），无法安全保存数据库 {path} 的密钥。未作任何改动；请用 --key-file PATH 或环境变量 STREETDESK_KEY_FILE 指定密钥文件。</translation>
    </message>
    <message>
        <source>The keyring refused to store the key of the database {path} ({reason}); nothing was changed.</source>
        <translation>系统密钥环拒绝保存数据库 {path} 的密钥（{reason}）；未作任何改动。</translation>
    </message>
    <message>
        <source>The key file {path} must hold the key as 64 hexadecimal digits on one line; it holds {count} characters.</source>
        <translation>密钥文件 {path} 应在一行中写 64 位十六进制数字的密钥；现在有 {count} 个字符。</translation>
    </message>
    <message>
        <source>The key file {path} must hold only hexadecimal digits (0-9, a-f); it holds other characters.</source>
        <translation>密钥文件 {path} 只能包含十六进制数字（0-9、a-f）；现在含有其他字符。</translation>
    </message>
    <message>
        <source>The key file {path} can be read by other users of this computer; make it readable by its owner only (chmod 600 {path}).</source>
        <translation>密钥文件 {path} 可被本机其他用户读取；请改为仅所有者可读（chmod 600 {path}）。</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({reason}).</source>
        <translation>无法读取密钥文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The key file {path} cannot be written ({reason}); nothing was changed.</source>
        <translation>无法写入密钥文件 {path}（{reason}）；未作任何改动。</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}); nothing was changed.</source>
        <translation>无法读取系统密钥环（{reason}）；未作任何改动。</translation>
    </message>
    <message>
        <source>The database {path} is now encrypted. The unencrypted file and {copies} unencrypted copies of earlier updates were removed.</source>
        <translation>数据库 {path} 现已加密。未加密的文件及以前升级时留下的 {copies} 个未加密副本已删除。</translation>
    </message>
    <message>
        <source>The encrypted copy did not check out ({detail}).</source>
        <translation>加密后的副本未通过检查（{detail}）。</translation>
    </message>
    <message>
        <source>Encrypting the database {path} failed ({reason}); the unencrypted file was left as it is. Free some disk space if the disk is full, and start again.</source>
        <translation>加密数据库 {path} 失败（{reason}）；未加密的文件保持原样。如磁盘已满，请腾出空间后重新启动。</translation>
    </message>
    <message>
        <source>The key of the encrypted database {path} is not on this desk: the keyring has no entry for it and no key file was given. Nothing was changed. Type the recovery key to open it, or start a fresh database.</source>
        <translation>本机没有加密数据库 {path} 的密钥：系统密钥环中没有它的条目，也没有指定密钥文件。未作任何改动。请输入恢复密钥打开它，或新建一个数据库。</translation>
    </message>
    <message>
        <source>The database file {path} is not the one this desk keeps there: this desk&apos;s key belongs to another file (this file is {found}, this desk&apos;s is {expected}). Were two desks&apos; files swapped? Nothing was changed; put this desk&apos;s own file back, or type this file&apos;s recovery key.</source>
        <translation>数据库文件 {path} 不是本机在此位置保存的那个：本机的密钥属于另一个文件（此文件为 {found}，本机的为 {expected}）。是否两台电脑的文件互换了？未作任何改动；请放回本机自己的文件，或输入此文件的恢复密钥。</translation>
    </message>
    <message>
        <source>The key from {source} does not open the database {path}. Nothing was changed; check that the key belongs to this file.</source>
        <translation>来自 {source} 的密钥打不开数据库 {path}。未作任何改动；请确认该密钥属于此文件。</translation>
    </message>
    <message>
        <source>The recovery key does not open the database {path}: it belongs to another database or to a key changed since. Nothing was changed.</source>
        <translation>此恢复密钥打不开数据库 {path}：它属于另一个数据库，或密钥此后已更换。未作任何改动。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged: the key this desk keeps for it no longer opens its first page. Nothing was changed; restore the file from a copy.</source>
        <translation>数据库文件 {path} 已损坏：本机为它保存的密钥已打不开它的第一页。未作任何改动；请从副本恢复该文件。</translation>
    </message>
    <message>
        <source>The recovery key holds only digits (spaces and dashes may separate them).</source>
        <translation>恢复密钥只含数字（各组之间可用空格或短横线分隔）。</translation>
    </message>
    <message>
        <source>The recovery key has {expected} digits in {groups} groups; {count} were typed.</source>
        <translation>恢复密钥共 {groups} 组 {expected} 位数字；现在输入了 {count} 位。</translation>
    </message>
    <message>
        <source>This is not a StreetDesk recovery key.</source>
        <translation>这不是街道工作台的恢复密钥。</translation>
    </message>
    <message>
        <source>Group {group} of the recovery key ({digits}) has a typing error.</source>
        <translation>恢复密钥第 {group} 组（{digits}）有输入错误。</translation>
    </message>
    <message>
        <source>This is a 15-digit number of the old format; enter the 18-digit number.</source>
        <translation>这是旧版15位号码，请输入18位身份证号。</translation>
    </message>
    <message>
        <source>An identity number has 17 digits and a last digit or X (18 characters).</source>
        <translation>身份证号为18位：前17位数字，最后一位为数字或X。</translation>
    </message>
    <message>
        <source>The number starts with {start}, which no region code uses.</source>
        <translation>号码以 {start} 开头，没有这样的地区代码。</translation>
    </message>
    <message>
        <source>The last character does not match the number (check character); check each digit.</source>
        <translation>最后一位校验码与号码不符，请逐位核对。</translation>
    </message>
    <message>
        <source>The date of birth in the number ({digits}) is not possible.</source>
        <translation>号码中的出生日期（{digits}）不可能。</translation>
    </message>
    <message>
        <source>The date of birth in the number ({digits}) is not a real date.</source>
        <translation>号码中的出生日期（{digits}）不是有效日期。</translation>
    </message>
    <message>
        <source>The number&apos;s gender digit is odd (male), but the gender given is female.</source>
        <translation>号码的性别位为奇数（男），但填写的性别为女。</translation>
    </message>
    <message>
        <source>The number&apos;s gender digit is even (female), but the gender given is male.</source>
        <translation>号码的性别位为偶数（女），但填写的性别为男。</translation>
    </message>
    <message>
        <source>Only a district administrator changes the district, its streets and templates.</source>
        <translation>只有区级管理员才能修改区、街道和岗位模板。</translation>
    </message>
    <message>
        <source>The code {code} is already used by {name}.</source>
        <translation>编码 {code} 已被「{name}」使用。</translation>
    </message>
    <message>
        <source>This entry no longer exists; the list has been refreshed.</source>
        <translation>该条目已不存在，列表已刷新。</translation>
    </message>
    <message>
        <source>The code {code} belonged to {name}, now retired; choose another.</source>
        <translation>编码 {code} 曾属于已撤销的「{name}」，请换一个编码。</translation>
    </message>
    <message>
        <source>Choose where the new entry belongs.</source>
        <translation>请选择新条目所属的上级。</translation>
    </message>
    <message>
        <source>Unit types are reference data; they are not added here.</source>
        <translation>幸福里类型属于基础数据，不在此处新增。</translation>
    </message>
    <message>
        <source>{name} already exists here.</source>
        <translation>此处已有「{name}」。</translation>
    </message>
    <message>
        <source>Unit types are reference data; they are not changed here.</source>
        <translation>幸福里类型属于基础数据，不在此处修改。</translation>
    </message>
    <message>
        <source>It cannot be placed there.</source>
        <translation>不能移到那里。</translation>
    </message>
    <message>
        <source>A community with 幸福里 units stays in its street; move its units first.</source>
        <translation>社区下还有幸福里，不能移到其他街道；请先移走这些幸福里。</translation>
    </message>
    <message>
        <source>It moves only between communities of its street.</source>
        <translation>只能在本街道的社区之间移动。</translation>
    </message>
    <message>
        <source>Choose the unit type.</source>
        <translation>请选择幸福里类型。</translation>
    </message>
    <message>
        <source>Choose the department kind.</source>
        <translation>请选择部门类别。</translation>
    </message>
    <message>
        <source>Choose the post kind.</source>
        <translation>请选择岗位。</translation>
    </message>
    <message>
        <source>This unit type already has a template for that post.</source>
        <translation>该幸福里类型已有这个岗位的模板。</translation>
    </message>
    <message>
        <source>{name} still has {streets} streets; retire or move them first.</source>
        <translation>「{name}」下还有 {streets} 个街道，请先撤销或移走。</translation>
    </message>
    <message>
        <source>{name} still has {communities} communities, {units} 幸福里 units, {departments} departments and {staff} staff; retire or move them first.</source>
        <translation>「{name}」下还有 {communities} 个社区、{units} 个幸福里、{departments} 个部门和 {staff} 名工作人员，请先撤销或移走。</translation>
    </message>
    <message>
        <source>{name} still has {grids} grids and {units} 幸福里 units; retire or move them first.</source>
        <translation>「{name}」下还有 {grids} 个网格和 {units} 个幸福里，请先撤销或移走。</translation>
    </message>
    <message>
        <source>{name} still has {volunteers} volunteers; move them to another grid first.</source>
        <translation>「{name}」还有 {volunteers} 名志愿者，请先把他们移到其他网格。</translation>
    </message>
    <message>
        <source>{name} still has {cases} open cases, {posts} filled posts and {volunteers} volunteers; close the cases, end the secondments and move the volunteers first.</source>
        <translation>「{name}」还有 {cases} 件未办结案件、{posts} 个在岗岗位和 {volunteers} 名志愿者；请先办结案件、结束下沉并移走志愿者。</translation>
    </message>
    <message>
        <source>{name} still has {staff} staff; move them to another department first.</source>
        <translation>「{name}」还有 {staff} 名工作人员，请先把他们调到其他部门。</translation>
    </message>
    <message>
        <source>{name} still has {volunteers} volunteers; move them to another team first.</source>
        <translation>「{name}」还有 {volunteers} 名志愿者，请先把他们移到其他队伍。</translation>
    </message>
    <message>
        <source>{file} has {count} rows with errors; nothing was written.</source>
        <translation>{file} 有 {count} 行错误，未写入任何内容。</translation>
    </message>
    <message>
        <source>The organisation changed since the dry run; nothing was written. Run it again.</source>
        <translation>预检查之后组织架构已有变动，未写入任何内容。请重新检查。</translation>
    </message>
    <message>
        <source>{value} is also on row {row}; each may appear once.</source>
        <translation>{value} 在第 {row} 行已出现，每项只能出现一次。</translation>
    </message>
    <message>
        <source>{code} has errors on its own row; correct that row first.</source>
        <translation>{code} 所在的行有错误，请先改正那一行。</translation>
    </message>
    <message>
        <source>There is no street {code}, neither in this file nor in the desk.</source>
        <translation>文件和工作台中都没有街道 {code}。</translation>
    </message>
    <message>
        <source>There is no community {code}, neither in this file nor in the desk.</source>
        <translation>文件和工作台中都没有社区 {code}。</translation>
    </message>
    <message>
        <source>The code {code} belonged to an entry now retired; choose another.</source>
        <translation>编码 {code} 属于已撤销的条目，请换一个编码。</translation>
    </message>
    <message>
        <source>Only a district administrator adds or changes other streets.</source>
        <translation>只有区级管理员才能新增或修改其他街道。</translation>
    </message>
    <message>
        <source>{value} is not a unit type; choose one of {choices}.</source>
        <translation>「{value}」不是幸福里类型，请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>A 幸福里 unit moves only between communities of its street.</source>
        <translation>幸福里只能在本街道的社区之间移动。</translation>
    </message>
    <message>
        <source>The grid {code} is also on row {row}, under another community; a grid belongs to one community.</source>
        <translation>网格 {code} 在第 {row} 行属于另一个社区；每个网格只能属于一个社区。</translation>
    </message>
    <message>
        <source>A grid moves only between communities of its street.</source>
        <translation>网格只能在本街道的社区之间移动。</translation>
    </message>
    <message>
        <source>{value} is not a department kind; choose one of {choices}.</source>
        <translation>「{value}」不是部门类别，请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>Write 是 or 否.</source>
        <translation>请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>This column must be filled in.</source>
        <translation>此列必须填写。</translation>
    </message>
    <message>
        <source>There is no 幸福里 unit {code}, neither in this file nor in the desk.</source>
        <translation>文件和工作台中都没有幸福里 {code}。</translation>
    </message>
    <message>
        <source>The district {code} is named {name} in the desk.</source>
        <translation>工作台中区 {code} 的名称是「{name}」。</translation>
    </message>
    <message>
        <source>The 幸福里 unit {code} is in another street.</source>
        <translation>幸福里 {code} 属于其他街道。</translation>
    </message>
    <message>
        <source>A new district needs its name.</source>
        <translation>新的区需要填写名称。</translation>
    </message>
    <message>
        <source>{file} was made by a newer StreetDesk (template version {found}; this desk reads version {current}). Update this desk first.</source>
        <translation>{file} 由较新版本的街道工作台生成（模板版本 {found}，本工作台读取版本 {current}）。请先升级本工作台。</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has no header row in its first rows: it should name the columns ({columns}).</source>
        <translation>{file} 的工作表「{sheet}」前几行中没有表头：第一行应写明各列（{columns}）。</translation>
    </message>
    <message>
        <source>{file} has no organisation sheet: use the template (streetdesk org template), with sheets such as 街道, 社区, 网格, 幸福里, 部门 and 志愿队伍.</source>
        <translation>{file} 中没有组织架构工作表：请使用模板（streetdesk org template），其中有街道、社区、网格、幸福里、部门和志愿队伍等工作表。</translation>
    </message>
    <message>
        <source>{file} was made from template version {found}; this desk reads version {current}. Write a new template (streetdesk org template), copy the rows into it and import that.</source>
        <translation>{file} 使用的是第 {found} 版模板，本工作台读取第 {current} 版。请生成新模板（streetdesk org template），把数据行复制进去后再导入。</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has merged cells ({ref}); unmerge them and fill in every cell.</source>
        <translation>{file} 的工作表「{sheet}」有合并单元格（{ref}），请取消合并并填写每个单元格。</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has more than {limit} rows.</source>
        <translation>{file} 的工作表「{sheet}」超过 {limit} 行。</translation>
    </message>
    <message>
        <source>{file} has two {sheet} sheets; keep one.</source>
        <translation>{file} 有两个「{sheet}」工作表，请只保留一个。</translation>
    </message>
    <message>
        <source>The template version in {file} ({value}) is not a number.</source>
        <translation>{file} 中的模板版本（{value}）不是数字。</translation>
    </message>
    <message>
        <source>State the reason for seeing these identities.</source>
        <translation>请说明查看身份信息的事由。</translation>
    </message>
    <message>
        <source>Describe the reason in a few words.</source>
        <translation>请用几句话说明事由。</translation>
    </message>
    <message>
        <source>Choose the legal basis of this access.</source>
        <translation>请选择本次查阅的法律依据。</translation>
    </message>
    <message>
        <source>No such person in the registry.</source>
        <translation>台账中没有此人。</translation>
    </message>
    <message>
        <source>Choose the person&apos;s group.</source>
        <translation>请选择人员类别。</translation>
    </message>
    <message>
        <source>Choose male, female or not recorded.</source>
        <translation>请选择男、女或未登记。</translation>
    </message>
    <message>
        <source>This ledger is closed; nothing more can be recorded in it.</source>
        <translation>该台账已结案，不能再记录。</translation>
    </message>
    <message>
        <source>This is dated before the ledger was opened ({opened}).</source>
        <translation>日期早于建档日期（{opened}）。</translation>
    </message>
    <message>
        <source>This is dated in the future.</source>
        <translation>日期在将来。</translation>
    </message>
    <message>
        <source>Choose how the follow-up was made.</source>
        <translation>请选择随访方式。</translation>
    </message>
    <message>
        <source>Choose the kind of service.</source>
        <translation>请选择服务类型。</translation>
    </message>
    <message>
        <source>Close the open crisis before closing the ledger.</source>
        <translation>请先结束进行中的危机干预，再结案。</translation>
    </message>
    <message>
        <source>No ledger has the number {number}.</source>
        <translation>没有编号为 {number} 的台账。</translation>
    </message>
    <message>
        <source>Enter the identity number, or say why the person has none.</source>
        <translation>请输入身份证号，或说明无号码的原因。</translation>
    </message>
    <message>
        <source>The next follow-up must come after this one.</source>
        <translation>下次随访日期须晚于本次。</translation>
    </message>
    <message>
        <source>This person already has an open crisis.</source>
        <translation>此人已有进行中的危机干预。</translation>
    </message>
    <message>
        <source>No such crisis.</source>
        <translation>没有这条危机记录。</translation>
    </message>
    <message>
        <source>This crisis is closed.</source>
        <translation>该危机干预已结束。</translation>
    </message>
    <message>
        <source>Choose a checklist item.</source>
        <translation>请选择清单项目。</translation>
    </message>
    <message>
        <source>This item is already done.</source>
        <translation>该项目已完成。</translation>
    </message>
    <message>
        <source>Write down the assessment.</source>
        <translation>请填写评估内容。</translation>
    </message>
    <message>
        <source>A crisis cannot be closed before a crisis assessment is recorded.</source>
        <translation>尚未记录危机评估，不能结束危机干预。</translation>
    </message>
    <message>
        <source>Choose the risk level.</source>
        <translation>请选择风险等级。</translation>
    </message>
    <message>
        <source>Choose the medical institution.</source>
        <translation>请选择医疗机构。</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>没有此案件。</translation>
    </message>
    <message>
        <source>Describe the signs of distress you saw.</source>
        <translation>请描述观察到的心理困扰迹象。</translation>
    </message>
    <message>
        <source>{name} is closed and takes no referrals; choose another.</source>
        <translation>{name}已关闭，不再接收转介，请另选机构。</translation>
    </message>
    <message>
        <source>The person is already in this institution&apos;s care.</source>
        <translation>此人已由该机构服务。</translation>
    </message>
    <message>
        <source>The district centre is missing from the institutions.</source>
        <translation>机构中缺少区社会心理服务指导中心。</translation>
    </message>
    <message>
        <source>No such referral.</source>
        <translation>没有这条转介。</translation>
    </message>
    <message>
        <source>A referral that is {current} cannot become {status}.</source>
        <translation>状态为 {current} 的转介不能改为 {status}。</translation>
    </message>
    <message>
        <source>Enter a whole number of hours from 1 to {limit}.</source>
        <translation>请输入1到{limit}之间的整数小时。</translation>
    </message>
    <message>
        <source>Choose how the crisis clock counts.</source>
        <translation>请选择危机时限的计时方式。</translation>
    </message>
    <message>
        <source>This entry no longer exists; reload the list.</source>
        <translation>该条目已不存在，请重新加载列表。</translation>
    </message>
    <message>
        <source>Someone else changed this entry since you opened it; reload and try again.</source>
        <translation>您打开后已有他人修改了该条目，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The code {code} is already used by another entry of this list.</source>
        <translation>代码 {code} 已被本列表中的其他条目使用。</translation>
    </message>
    <message>
        <source>The lifecycle needs at least one stage.</source>
        <translation>案件流程至少需要一个阶段。</translation>
    </message>
    <message>
        <source>This severity already has a deadline in this stage; edit that rule.</source>
        <translation>该严重程度在此阶段已有时限规则，请修改那条规则。</translation>
    </message>
    <message>
        <source>A move goes to another stage.</source>
        <translation>流转必须去往另一个阶段。</translation>
    </message>
    <message>
        <source>This move is already allowed.</source>
        <translation>该流转已经存在。</translation>
    </message>
    <message>
        <source>This change would leave the stage {stage} with no way out: a stage that is not final needs at least one allowed move to another stage.</source>
        <translation>此修改会使阶段“{stage}”没有出路：非终结阶段至少需要一条流向其他阶段的流转。</translation>
    </message>
    <message>
        <source>{count} cases are in the stage {stage}; move them before hiding it.</source>
        <translation>阶段“{stage}”中还有 {count} 件案件，请先将它们移出再隐藏该阶段。</translation>
    </message>
    <message>
        <source>An institution cannot sit under itself or under one of its own.</source>
        <translation>机构不能隶属于自身或其下级机构。</translation>
    </message>
    <message>
        <source>Only deadline and warning rules change the board.</source>
        <translation>只有时限规则和预警规则会影响看板。</translation>
    </message>
    <message>
        <source>There is no reference list {kind}.</source>
        <translation>没有名为 {kind} 的基础数据列表。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Choose an entry from the list.</source>
        <translation>请从列表中选择一项。</translation>
    </message>
    <message>
        <source>A code takes small letters a-z, digits, - and _ only; {code} does not.</source>
        <translation>代码只能包含小写字母 a-z、数字、- 和 _；“{code}”不符合。</translation>
    </message>
    <message>
        <source>There is no unit named {name}.</source>
        <translation>没有名为 {name} 的单元。</translation>
    </message>
    <message>
        <source>There is no street named {name}.</source>
        <translation>没有名为 {name} 的街道。</translation>
    </message>
    <message>
        <source>{value} is not a month: write it as YYYY-MM, e.g. 2026-03.</source>
        <translation>{value} 不是有效的月份：请按 YYYY-MM 格式填写，例如 2026-03。</translation>
    </message>
    <message>
        <source>{value} has not begun yet; choose this month or an earlier one.</source>
        <translation>{value} 尚未开始，请选择本月或更早的月份。</translation>
    </message>
    <message>
        <source>{file} is not a StreetDesk monthly report.</source>
        <translation>{file} 不是街道工作台生成的月报。</translation>
    </message>
    <message>
        <source>{file} cannot be read as a PDF ({reason}).</source>
        <translation>无法将 {file} 作为 PDF 读取（{reason}）。</translation>
    </message>
    <message>
        <source>{value} is not a date (write it as 2024-03-01).</source>
        <translation>{value} 不是日期（请写成 2024-03-01 的格式）。</translation>
    </message>
    <message>
        <source>There is no department {value} in this street.</source>
        <translation>本街道没有部门“{value}”。</translation>
    </message>
    <message>
        <source>There is no volunteer team {value} in this street.</source>
        <translation>本街道没有志愿者队伍“{value}”。</translation>
    </message>
    <message>
        <source>There is no grid {value} in this street.</source>
        <translation>本街道没有网格“{value}”。</translation>
    </message>
    <message>
        <source>There is no 幸福里 unit {value} in this street.</source>
        <translation>本街道没有幸福里“{value}”。</translation>
    </message>
    <message>
        <source>{value} is not a post kind (格长, 副格长, 基础岗, or a specialist post).</source>
        <translation>“{value}”不是岗位类别（格长、副格长、基础岗或某一专业岗）。</translation>
    </message>
    <message>
        <source>{value} names more than one entry; use its code.</source>
        <translation>“{value}”对应多个条目，请使用其编码。</translation>
    </message>
    <message>
        <source>More than one person on the roster has this mobile number, none of them with this name.</source>
        <translation>花名册上有多人使用此手机号，但姓名都与此不同。</translation>
    </message>
    <message>
        <source>The name has “?” where characters were lost: the file was saved in an encoding (GBK) that cannot hold them. Save it as .xlsx or CSV UTF-8 and check it again.</source>
        <translation>姓名中的“?”是丢失的字：文件以 GBK 编码保存，容纳不了这些字。请另存为 .xlsx 或 CSV UTF-8 后重新检查。</translation>
    </message>
    <message>
        <source>The post is held by {name} from {start} on those dates.</source>
        <translation>该岗位在这段时间由 {name}（自 {start} 起）担任。</translation>
    </message>
    <message>
        <source>{file} lists people of several streets ({streets}); import one street at a time.</source>
        <translation>{file} 包含多个街道的人员（{streets}），请每次导入一个街道。</translation>
    </message>
    <message>
        <source>{file} is the roster of the street {street}, which is not set up in this desk: import the organisation first (Administration → Organisation, or streetdesk org import).</source>
        <translation>{file} 是街道 {street} 的名册，本工作台尚未建立该街道：请先导入组织架构（系统管理 → 组织架构，或 streetdesk org import）。</translation>
    </message>
    <message>
        <source>{file} is the roster of the street {street}, not of the street imported into.</source>
        <translation>{file} 是街道 {street} 的名册，不是要导入的街道的名册。</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} does not say whether it lists staff or volunteers: name it 人员 or 志愿者, or add a 类别 column.</source>
        <translation>{file} 的工作表“{sheet}”未说明是人员还是志愿者名单：请将其命名为“人员”或“志愿者”，或增加“类别”列。</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} lacks the column(s) {columns}.</source>
        <translation>{file} 的工作表“{sheet}”缺少列：{columns}。</translation>
    </message>
    <message>
        <source>类别 must be 人员 (staff) or 志愿者 (volunteer).</source>
        <translation>“类别”必须是“人员”或“志愿者”。</translation>
    </message>
    <message>
        <source>The 幸福里 unit of the post is required.</source>
        <translation>必须填写岗位所属的幸福里。</translation>
    </message>
    <message>
        <source>The post in the 幸福里 unit is required.</source>
        <translation>必须填写幸福里中的岗位。</translation>
    </message>
    <message>
        <source>The unit {unit} has no post {post}.</source>
        <translation>幸福里 {unit} 没有岗位“{post}”。</translation>
    </message>
    <message>
        <source>More than one person on the roster has this name and mobile number.</source>
        <translation>花名册中有多人使用此姓名和手机号。</translation>
    </message>
    <message>
        <source>Dates are given but no 幸福里 unit and post.</source>
        <translation>填写了日期，但没有填写幸福里和岗位。</translation>
    </message>
    <message>
        <source>The same person as row {row}, but with a different {column}.</source>
        <translation>与第 {row} 行是同一人，但“{column}”不同。</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{file} is neither an .xlsx workbook nor a .csv file.</source>
        <translation>{file} 既不是 .xlsx 工作簿，也不是 .csv 文件。</translation>
    </message>
    <message>
        <source>{path} cannot be used ({reason}).</source>
        <translation>无法使用 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>This belongs to another street; your account works on yours.</source>
        <translation>这属于其他街道；您的账号只能处理本街道的数据。</translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8 or GB18030; save it as CSV UTF-8 and try again.</source>
        <translation>{file} 不是 UTF-8 或 GB18030 编码的文本；请另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has no header row: its first row should name the columns (姓名, 手机, ...).</source>
        <translation>{file} 的工作表“{sheet}”没有表头：第一行应为列名（姓名、手机……）。</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} 是空文件。</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB; split it into smaller files.</source>
        <translation>{file} 超过 {limit} MB，请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>{file} is an old .xls workbook or is encrypted; save it as .xlsx first.</source>
        <translation>{file} 是旧版 .xls 工作簿或已加密，请先另存为 .xlsx。</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx).</source>
        <translation>{file} 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{file} has too many parts to be a roster workbook.</source>
        <translation>{file} 包含的部件过多，不像是花名册工作簿。</translation>
    </message>
    <message>
        <source>{file} would expand to {size} MB when opened; it is refused as unsafe.</source>
        <translation>{file} 打开后将膨胀到 {size} MB，出于安全考虑拒绝打开。</translation>
    </message>
    <message>
        <source>{file} has no rows to import.</source>
        <translation>{file} 中没有可导入的行。</translation>
    </message>
    <message>
        <source>{file} has no roster sheet: name a sheet 人员 (staff) or 志愿者 (volunteers) and give it a header row with 姓名 and 手机.</source>
        <translation>{file} 中没有花名册工作表：请将工作表命名为“人员”或“志愿者”，并加上包含“姓名”和“手机”的表头。</translation>
    </message>
    <message>
        <source>{file} has no header row with 姓名 (name) and 手机 (phone) in its first rows.</source>
        <translation>{file} 的前几行中没有包含“姓名”和“手机”的表头。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>无法读取 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is encrypted; save it without a password.</source>
        <translation>{file} 已加密，请去掉密码后保存。</translation>
    </message>
    <message>
        <source>{file} would expand {ratio}-fold when opened; it is refused as unsafe.</source>
        <translation>{file} 打开后将膨胀 {ratio} 倍，出于安全考虑拒绝打开。</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook ({reason}).</source>
        <translation>无法将 {file} 作为 Excel 工作簿读取（{reason}）。</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has merged cells ({ref}); unmerge them and fill in every row.</source>
        <translation>{file} 的工作表“{sheet}”有合并单元格（{ref}）；请取消合并，并逐行填写。</translation>
    </message>
    <message>
        <source>{file} is not a readable CSV file ({reason}).</source>
        <translation>{file} 不是可读取的 CSV 文件（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file.</source>
        <translation>{file} 不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows.</source>
        <translation>{file} 超过 {limit} 行。</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has two {column} columns.</source>
        <translation>{file} 的工作表“{sheet}”有两个“{column}”列。</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (version {loaded} → {current}). Reload it.</source>
        <translation>此记录已在别处被修改（版本 {loaded} → {current}）。请重新加载。</translation>
    </message>
    <message>
        <source>Unknown unit type.</source>
        <translation>未知的幸福里类型。</translation>
    </message>
    <message>
        <source>Unknown community.</source>
        <translation>未知社区。</translation>
    </message>
    <message>
        <source>A unit with the code {code} exists.</source>
        <translation>编码为 {code} 的幸福里已存在。</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>该幸福里已不存在。</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>该岗位已不存在。</translation>
    </message>
    <message>
        <source>This post of {unit} is already filled by {name} from {start}.</source>
        <translation>{unit} 的这个岗位已由 {name} 自 {start} 起担任。</translation>
    </message>
    <message>
        <source>The staff member no longer exists.</source>
        <translation>该工作人员已不存在。</translation>
    </message>
    <message>
        <source>The secondment no longer exists.</source>
        <translation>该派驻记录已不存在。</translation>
    </message>
    <message>
        <source>The end date is required.</source>
        <translation>必须填写结束日期。</translation>
    </message>
    <message>
        <source>{unit} already has a grid head ({name}) from {start}.</source>
        <translation>{unit} 已有格长（{name}，自 {start} 起）。</translation>
    </message>
    <message>
        <source>(no community)</source>
        <translation>（无社区）</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>必须填写姓名。</translation>
    </message>
    <message>
        <source>The department is required.</source>
        <translation>必须填写派出部门。</translation>
    </message>
    <message>
        <source>The street is required.</source>
        <translation>必须填写街道。</translation>
    </message>
    <message>
        <source>The post is required.</source>
        <translation>必须选择岗位。</translation>
    </message>
    <message>
        <source>The staff member is required.</source>
        <translation>必须选择工作人员。</translation>
    </message>
    <message>
        <source>A mobile number is required.</source>
        <translation>必须填写手机号码。</translation>
    </message>
    <message>
        <source>{value} is not a mainland mobile number (11 digits starting 13–19).</source>
        <translation>{value} 不是有效的大陆手机号码（以 13–19 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>必须填写开始日期。</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>数据库正被其他程序占用，请稍后重试。</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation>意外错误：{detail}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export roster</source>
        <extracomment>kept in the signed-in user&apos;s own settings (``users/&lt;name&gt;/rosters/``) what the list shows, or None for the whole roster how &quot;open the folder&quot; is done; a test replaces it</extracomment>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>Exporting the roster to {file}…</source>
        <translation>正在将花名册导出到 {file}……</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>未导出：{reason}</translation>
    </message>
    <message>
        <source>{total} rows exported: {staff} staff rows and {volunteers} volunteer rows.
Saved as {path}</source>
        <translation>共导出 {total} 行：工作人员 {staff} 行，志愿者 {volunteers} 行。
已保存为 {path}</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>选择其他文件(&amp;F)……</translation>
    </message>
    <message>
        <source>Names with characters that GBK cannot hold: {names} ({count} in all). Excel or WPS saving this CSV file again turns those characters into “?”: keep the roster as .xlsx, or save it as CSV UTF-8.</source>
        <translation>以下姓名含有 GBK 编码容纳不了的字：{names}（共 {count} 个）。用 Excel 或 WPS 再次保存此 CSV 文件，这些字会变成“?”：请保留 .xlsx 格式，或另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
</context>
<context>
    <name>FillPostDialog</name>
    <message>
        <source>Choose a staff member from the list.</source>
        <translation>请从列表中选择工作人员。</translation>
    </message>
    <message>
        <source>Fill a post</source>
        <translation>安排人员上岗</translation>
    </message>
    <message>
        <source>Post: {post}</source>
        <translation>岗位：{post}</translation>
    </message>
    <message>
        <source>Last held by {name} until {end}.</source>
        <translation>原由 {name} 担任，至 {end} 止。</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>工作人员(&amp;S)：</translation>
    </message>
    <message>
        <source>Type a name, its pinyin or initials, or a mobile number</source>
        <translation>输入姓名、拼音、拼音首字母或手机号</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>结束日期(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All unit types</source>
        <extracomment>Wait this long after the last keystroke before searching. Reference lists offered as single-choice filters. the filters or the swimlanes changed (search text after a short pause) values set before the lists that hold them were filled</extracomment>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Search number or title (pinyin works)</source>
        <translation>搜索编号或标题（支持拼音）</translation>
    </message>
    <message>
        <source>Show only cards with this warning colour</source>
        <translation>只看该预警颜色的案件</translation>
    </message>
    <message>
        <source>Overdue or not</source>
        <translation>全部期限</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>未逾期</translation>
    </message>
    <message>
        <source>No swimlanes</source>
        <translation>不分泳道</translation>
    </message>
    <message>
        <source>By unit type</source>
        <translation>按幸福里类型</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>按严重程度</translation>
    </message>
    <message>
        <source>Swimlanes:</source>
        <translation>泳道：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>所属幸福里：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部幸福里</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>FilteredNotice</name>
    <message>
        <source>Filtered: {filters}</source>
        <translation>已筛选：{filters}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(clear)</source>
        <translation>（清除）</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>The two passwords differ.</source>
        <extracomment>the desk joined the centre: sign in with a central account</extracomment>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>StreetDesk — first start</source>
        <translation>街道工作台 — 首次使用</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record a follow-up</source>
        <translation>记录随访</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>随访情况(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>HolidayNoticeDialog</name>
    <message>
        <source>Import the State Council&apos;s holiday notice</source>
        <translation>导入国务院放假通知</translation>
    </message>
    <message>
        <source>Paste the whole &amp;text of 国务院办公厅关于20XX年部分节假日安排的通知 as published. The days off and the make-up working days read from it are listed below for you to check against the notice before they are stored as calendar overrides.</source>
        <translation>请粘贴《国务院办公厅关于20XX年部分节假日安排的通知》全文(&amp;T)。读出的放假日和调休上班日列在下方，请与通知核对后再存为日历调整。</translation>
    </message>
    <message>
        <source>&amp;Read the notice (Ctrl+Enter)</source>
        <translation>读取通知(&amp;R)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Store as overrides</source>
        <translation>存为日历调整(&amp;S)</translation>
    </message>
    <message>
        <source>{year}: {rest} days off and {work} make-up working days. Storing them replaces the provisional count of {year}.</source>
        <translation>{year} 年：放假 {rest} 天，调休上班 {work} 天。存入后取代 {year} 年的暂定计算。</translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <source>no colour</source>
        <translation>无预警</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Before you save this rule</source>
        <translation>保存规则前的影响预览</translation>
    </message>
    <message>
        <source>Of {open} open cards, {colours} would change colour and {deadlines} would get another deadline ({changed} cards in all).</source>
        <translation>在办的 {open} 张卡片中，{colours} 张的预警颜色会改变，{deadlines} 张的时限会改变（共涉及 {changed} 张）。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Colour now</source>
        <translation>当前颜色</translation>
    </message>
    <message>
        <source>Colour after</source>
        <translation>修改后颜色</translation>
    </message>
    <message>
        <source>Deadline now</source>
        <translation>当前时限</translation>
    </message>
    <message>
        <source>Deadline after</source>
        <translation>修改后时限</translation>
    </message>
    <message>
        <source>The first {shown} of {changed} are listed.</source>
        <translation>列出了 {changed} 张中的前 {shown} 张。</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>返回修改(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>正在取消，不会写入任何内容……</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Writing the changes from {file}…</source>
        <translation>正在写入 {file} 中的更改……</translation>
    </message>
    <message>
        <source>Checking {file}… Nothing is written yet.</source>
        <translation>正在检查 {file}……此时不会写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import all</source>
        <translation>导入全部(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import {count} rows, skip {errors}</source>
        <extracomment>kept in the signed-in user&apos;s own settings (``users/&lt;name&gt;/rosters/``) why the summary is shown again after an import did not go through</extracomment>
        <translation>导入 {count} 行，跳过 {errors} 行(&amp;I)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>选择其他文件(&amp;F)……</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>此文件无法导入：</translation>
    </message>
    <message>
        <source>Nothing was written. Correct the file, or choose another one.</source>
        <translation>未写入任何内容。请修改文件后重试，或选择其他文件。</translation>
    </message>
    <message>
        <source>Imported from {file}.</source>
        <translation>已从 {file} 导入。</translation>
    </message>
    <message>
        <source>Rows added:</source>
        <translation>新增行数：</translation>
    </message>
    <message>
        <source>Rows updated:</source>
        <translation>更新行数：</translation>
    </message>
    <message>
        <source>Rows unchanged:</source>
        <translation>未变行数：</translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation>跳过行数：</translation>
    </message>
    <message>
        <source>Checked {file}: {rows} rows. Nothing is written until you import.</source>
        <translation>已检查 {file}：共 {rows} 行。确认导入之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>To add:</source>
        <translation>将新增：</translation>
    </message>
    <message>
        <source>To update:</source>
        <translation>将更新：</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>无变化：</translation>
    </message>
    <message>
        <source>Duplicates (same name and mobile, skipped):</source>
        <translation>重复行（姓名和手机号相同，将跳过）：</translation>
    </message>
    <message>
        <source>With errors:</source>
        <translation>有错误：</translation>
    </message>
    <message>
        <source>Columns not understood (ignored): {columns}</source>
        <translation>无法识别的列（已忽略）：{columns}</translation>
    </message>
    <message>
        <source>&amp;Rows that need attention ({count}):</source>
        <translation>需要注意的行（{count}）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors</source>
        <translation>跳过有错误的行(&amp;S)</translation>
    </message>
    <message>
        <source>The roster changed since this file was checked. Nothing was written; check the file again.</source>
        <translation>检查文件之后花名册已有变化，未写入任何内容；请重新检查文件。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>未写入任何内容：{reason}</translation>
    </message>
    <message>
        <source>Nothing to change: the roster already holds every row of the file.</source>
        <translation>无需更改：文件中的每一行都已在花名册中。</translation>
    </message>
    <message>
        <source>Correct the rows with errors and check the file again, or tick “Skip rows with errors” to import the others.</source>
        <translation>请修改有错误的行后重新检查文件，或勾选“跳过有错误的行”只导入其余各行。</translation>
    </message>
    <message>
        <source>Roster files (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>花名册文件 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>the file column a problem is about, in the user&apos;s language (Chinese: the export headers)</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>幸福里</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Same name and mobile as row {row}; skipped.</source>
        <translation>与第 {row} 行的姓名和手机号相同，已跳过。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Server {host}:{port}, database {database}, as {role} (sslmode {mode})</source>
        <extracomment>the desk joined; the centre&apos;s accounts sign in now stage, done, total (emitted on the worker, shown on the GUI thread)</extracomment>
        <translation>服务器 {host}:{port}，数据库 {database}，账号 {role}（sslmode {mode}）</translation>
    </message>
    <message>
        <source>Type the desk&apos;s password from the district.</source>
        <translation>请输入区里提供的工作台密码。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Taking the district&apos;s data…</source>
        <translation>正在下载区里的数据…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>This desk has joined the central database.</source>
        <translation>本工作台已加入中心数据库。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Join the district&apos;s central database&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;加入区中心数据库&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The district gives each desk a connection profile file and a password. Joining takes the district&apos;s organisation, reference data and accounts; then sign in with your account from the centre.</source>
        <translation>区里会为每台工作台提供一个连接配置文件和密码。加入后将下载区里的组织架构、基础数据和账号；之后请用中心的账号登录。</translation>
    </message>
    <message>
        <source>Choose the profile file…</source>
        <translation>选择配置文件…</translation>
    </message>
    <message>
        <source>No profile chosen yet.</source>
        <translation>尚未选择配置文件。</translation>
    </message>
    <message>
        <source>Certificate checking is lowered: this desk does not verify that it talks to the district&apos;s real server. Ask the district for a verify-full profile.</source>
        <translation>证书校验已降低：本工作台无法确认连接的是区里真正的服务器。请向区里索取 verify-full 的配置文件。</translation>
    </message>
    <message>
        <source>Desk &amp;password:</source>
        <translation>工作台密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
</context>
<context>
    <name>KeyRecoveryDialog</name>
    <message>
        <source>The database key is missing</source>
        <translation>缺少数据库密钥</translation>
    </message>
    <message>
        <source>&amp;Recovery key (13 groups of 7 digits, as written down when the first administrator was created):</source>
        <translation>恢复密钥(&amp;R)（13 组、每组 7 位数字，即创建第一位管理员时抄下的）：</translation>
    </message>
    <message>
        <source>&amp;Open with the recovery key</source>
        <translation>用恢复密钥打开(&amp;O)</translation>
    </message>
    <message>
        <source>Start a &amp;fresh database…</source>
        <translation>新建数据库(&amp;F)…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Start a fresh database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>The database without its key is moved aside, untouched, beside its place; a new, empty database is made. Once the recovery key is found, the old file can still be opened. Start a fresh database?</source>
        <translation>没有密钥的数据库将原样移到旁边（不作改动），并新建一个空数据库。找到恢复密钥后，仍可打开旧文件。是否新建数据库？</translation>
    </message>
</context>
<context>
    <name>LeadsDialog</name>
    <message>
        <source>Early-warning leads</source>
        <extracomment>The filter&apos;s choices: every lead, those not yet handed over, those handed over. emitted after each (re)load with the rows shown</extracomment>
        <translation>预警线索</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>全部线索</translation>
    </message>
    <message>
        <source>Not yet handed over</source>
        <translation>未移交公安</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已移交公安</translation>
    </message>
    <message>
        <source>&amp;Raise a lead…</source>
        <translation>登记线索(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Link to a case…</source>
        <translation>关联案件(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open a case…</source>
        <translation>立案(&amp;O)…</translation>
    </message>
    <message>
        <source>Hand to the &amp;police…</source>
        <translation>移交公安(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A lead is handed to the police once.</source>
        <translation>每条线索只移交公安一次。</translation>
    </message>
    <message>
        <source>Your role can read the leads; recording them needs the lead permission.</source>
        <translation>您的角色只能查看线索；登记线索需要预警线索权限。</translation>
    </message>
    <message>
        <source>Choose a lead in the list first.</source>
        <translation>请先在列表中选择一条线索。</translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <source>Online patrol</source>
        <translation>网上巡查</translation>
    </message>
    <message>
        <source>Offline canvassing</source>
        <translation>线下摸排</translation>
    </message>
    <message>
        <source>Gathering risk</source>
        <translation>有聚集风险</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>未移交</translation>
    </message>
    <message>
        <source>{when}, receipt {receipt}</source>
        <translation>{when}，回执 {receipt}</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>线索摘要</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>聚集风险</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>Handed to the police</source>
        <translation>移交公安</translation>
    </message>
</context>
<context>
    <name>LedgerButton</name>
    <message>
        <source>Print &amp;ledger…</source>
        <translation>打印台账(&amp;L)…</translation>
    </message>
    <message>
        <source>The case&apos;s confidential ledger, previewed before printing</source>
        <translation>本案的保密台账，打印前先预览</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Close crisis</source>
        <extracomment>a checklist item (or &quot;closed&quot;) the user asked to record for the open crisis</extracomment>
        <translation>结束危机干预</translation>
    </message>
    <message>
        <source>Select a person and press Enter to open the ledger (the view is logged).</source>
        <translation>选择人员后按回车打开台账（查阅将记入日志）。</translation>
    </message>
    <message>
        <source>Open crisis: respond by {due}</source>
        <translation>危机干预进行中：须于 {due} 前响应</translation>
    </message>
    <message>
        <source> (outside office hours: on-call duty)</source>
        <translation>（非工作时间：由值班人员处置）</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> —— 已超时</translation>
    </message>
    <message>
        <source>no number: {reason}</source>
        <translation>无号码：{reason}</translation>
    </message>
    <message>
        <source>Phone {phone} · ID {number}</source>
        <translation>电话 {phone} · 证件号 {number}</translation>
    </message>
    <message>
        <source>{community} · {unit} · worker {worker}</source>
        <translation>{community} · {unit} · 责任人 {worker}</translation>
    </message>
    <message>
        <source>Matter: {matter}</source>
        <translation>事由：{matter}</translation>
    </message>
    <message>
        <source>Next follow-up {due} (every {days} days for this group)</source>
        <translation>下次随访 {due}（该类别每 {days} 天随访一次）</translation>
    </message>
</context>
<context>
    <name>LinkLeadDialog</name>
    <message>
        <source>Link the lead to a case</source>
        <translation>将线索关联到案件</translation>
    </message>
    <message>
        <source>Lead: {summary}</source>
        <translation>线索：{summary}</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <source>Type the number, the title or its pinyin</source>
        <translation>输入案件编号、标题或拼音</translation>
    </message>
    <message>
        <source>Choose the case from the list.</source>
        <translation>请从列表中选择案件。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>StreetDesk is locked</source>
        <extracomment>locked by the user (Ctrl+L) rather than after a time without use the last refusal, kept to be said again in another language</extracomment>
        <translation>街道工作台已锁定</translation>
    </message>
    <message>
        <source>The desk is locked.</source>
        <translation>工作台已锁定。</translation>
    </message>
    <message>
        <source>The desk locked itself after a time without use.</source>
        <translation>长时间未操作，工作台已自动锁定。</translation>
    </message>
    <message>
        <source>{name}, enter your password to go on.</source>
        <translation>{name}，请输入密码继续。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reset demo data</source>
        <extracomment>pixels the database&apos;s path may take in the status bar The settings pane saved a new configuration (an ``AppConfig``). The Sync pane asks to put this snapshot (a ``Path``) back, which closes the desk. the pane to build once the window has painted (see ``event``)</extracomment>
        <translation>重置演示数据</translation>
    </message>
    <message>
        <source>Replace all demo data with a freshly generated set? Everything changed in this demo is discarded.</source>
        <translation>用重新生成的数据替换全部演示数据？本次演示中的所有改动都将丢弃。</translation>
    </message>
    <message>
        <source>About StreetDesk</source>
        <translation>关于街道工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StreetDesk {version}&lt;/h3&gt;&lt;p&gt;Back-office desk for street offices: rosters, disputes, psychological services, reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;街道工作台 {version}&lt;/h3&gt;&lt;p&gt;街道办事处后台工作软件：花名册、矛盾纠纷、社会心理服务、报表。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>StreetDesk</source>
        <translation>街道工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>锁定工作台(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset demo data…</source>
        <translation>重置演示数据(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About StreetDesk</source>
        <translation>关于街道工作台(&amp;A)</translation>
    </message>
    <message>
        <source>The desk is locked.</source>
        <translation>工作台已锁定。</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
        <source>demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <source>&amp;Sync now and refresh</source>
        <translation>立即同步并刷新(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Resident meeting (幸福大家谈)</source>
        <translation>幸福大家谈</translation>
    </message>
    <message>
        <source>Record the meeting and every demand raised at it. Each demand becomes a case; one resolved on the spot is closed at once.</source>
        <translation>登记会议及会上收集的每项诉求。每项诉求生成一件案件；当场化解的诉求直接结案。</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>幸福里(&amp;U)：</translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation>会议日期(&amp;D)：</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>议题(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参会人数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主持人(&amp;H)：</translation>
    </message>
    <message>
        <source>Type the unit&apos;s name, pinyin or initials</source>
        <translation>输入幸福里名称、拼音或首字母</translation>
    </message>
    <message>
        <source>D&amp;emands raised:</source>
        <translation>收集的诉求(&amp;E)：</translation>
    </message>
    <message>
        <source>Add demand (Ins)</source>
        <translation>添加诉求（Ins）</translation>
    </message>
    <message>
        <source>Remove demand (Del)</source>
        <translation>删除诉求（Del）</translation>
    </message>
    <message>
        <source>Choose the unit from the list.</source>
        <translation>请从列表中选择幸福里。</translation>
    </message>
    <message>
        <source>Demand {row}: {message}</source>
        <translation>第 {row} 项诉求：{message}</translation>
    </message>
    <message>
        <source>The meeting was recorded with {demands} demands: {opened} cases opened, {closed} resolved on the spot and closed.</source>
        <translation>会议已登记，共 {demands} 项诉求：新立案 {opened} 件，当场化解并结案 {closed} 件。</translation>
    </message>
    <message>
        <source>Resident meeting recorded</source>
        <translation>幸福大家谈已登记</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move case to {stage}</source>
        <extracomment>``exec()`` result when another writer changed the card first. What was typed into a move refused as a conflict, offered again on the next try.</extracomment>
        <translation>流转案件至“{stage}”</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; {title}&lt;br&gt;From &lt;b&gt;{from_stage}&lt;/b&gt; to &lt;b&gt;{to_stage}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; {title}&lt;br&gt;从“&lt;b&gt;{from_stage}&lt;/b&gt;”转到“&lt;b&gt;{to_stage}&lt;/b&gt;”</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>化解结果(&amp;C)：</translation>
    </message>
    <message>
        <source>Resolution &amp;method:</source>
        <translation>化解方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Reason for escalation:</source>
        <translation>升级原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Escalation &amp;level:</source>
        <translation>升级层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Visit result:</source>
        <translation>回访结果(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（选填）(&amp;N)：</translation>
    </message>
    <message>
        <source>Type a name, pinyin or initials</source>
        <translation>输入姓名、拼音或首字母</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Choose the owner from the list.</source>
        <translation>请从列表中选择负责人。</translation>
    </message>
    <message>
        <source>Moving a case to {stage} needs the permission to {permission}; your role ({role}) does not have it. Ask a supervisor to make this move.</source>
        <translation>将案件转到“{stage}”需要“{permission}”权限，您的角色（{role}）没有该权限。请由分管领导办理。</translation>
    </message>
    <message>
        <source>Move case</source>
        <translation>流转案件</translation>
    </message>
</context>
<context>
    <name>MoveUndo</name>
    <message>
        <source>There is no move of yours to undo here.</source>
        <extracomment>the case this desk moved last</extracomment>
        <translation>这里没有您可以撤销的移动。</translation>
    </message>
    <message>
        <source>Move undone: case {number} is back in {stage}.</source>
        <translation>已撤销移动：案件 {number} 回到“{stage}”。</translation>
    </message>
    <message>
        <source>Case {number} cannot move further right from here.</source>
        <translation>案件 {number} 无法从当前阶段继续向右移动。</translation>
    </message>
    <message>
        <source>Case {number} cannot move back to the left from here.</source>
        <translation>案件 {number} 无法从当前阶段向左移动。</translation>
    </message>
    <message>
        <source>Case {number} does not move back from here. Ctrl+Z takes back your own move within {minutes} minutes; after that a supervisor can move it back.</source>
        <translation>案件 {number} 不能从这里向左移动。您自己的移动可在 {minutes} 分钟内按 Ctrl+Z 撤销；超过时间请主管退回。</translation>
    </message>
    <message>
        <source>Move case {number} back</source>
        <translation>退回案件 {number}</translation>
    </message>
    <message>
        <source>Why does the case move back a stage?</source>
        <translation>为什么将案件退回上一阶段？</translation>
    </message>
    <message>
        <source>Case {number} moved back to {stage}.</source>
        <translation>案件 {number} 已退回“{stage}”。</translation>
    </message>
</context>
<context>
    <name>NoOrganisation</name>
    <message>
        <source>There is no organisation yet. An administrator can build it in Administration → Organisation, or import it from a template file.</source>
        <translation>还没有组织架构。管理员可以在 系统管理 → 组织架构 中建立，或从模板文件导入。</translation>
    </message>
    <message>
        <source>There is no organisation yet. Ask your administrator to set it up (Administration → Organisation).</source>
        <translation>还没有组织架构。请联系管理员建立（系统管理 → 组织架构）。</translation>
    </message>
    <message>
        <source>Open &amp;Administration</source>
        <translation>打开系统管理(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note to case {number}</source>
        <translation>为案件 {number} 添加备注</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>NoticeDaysModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>计为</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>OrgImportDialog</name>
    <message>
        <source>Choose the organisation workbook</source>
        <translation>选择组织架构工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <source>Template written to {path}.</source>
        <translation>模板已保存到 {path}。</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>{count} rows have errors (listed first). Nothing will be written: correct the file, then check it again.</source>
        <translation>有 {count} 行错误（列在最前）。不会写入任何内容：请改正文件后重新检查。</translation>
    </message>
    <message>
        <source>The desk already holds all of this; nothing to change.</source>
        <translation>工作台中已有全部内容，无需更改。</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>按“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>to change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Dry run of {file}</source>
        <translation>{file} 的预检查结果</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Done. {added} entries added and {updated} changed; {posts} posts were created from the post templates. The roster import can now name these units, grids, departments and teams.</source>
        <translation>完成。新增 {added} 项，修改 {updated} 项；按岗位模板建立了 {posts} 个岗位。现在导入人员名册时即可使用这些幸福里、网格、部门和队伍。</translation>
    </message>
    <message>
        <source>Import the organisation</source>
        <translation>导入组织架构</translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the workbook</source>
        <translation>第 1 步（共 3 步）：选择工作簿</translation>
    </message>
    <message>
        <source>Step 2 of 3: check what the import will do</source>
        <translation>第 2 步（共 3 步）：检查导入将做哪些更改</translation>
    </message>
    <message>
        <source>Step 3 of 3: done</source>
        <translation>第 3 步（共 3 步）：完成</translation>
    </message>
    <message>
        <source>Choose a workbook filled in from the organisation template (streets, communities, grids, 幸福里 units, departments, volunteer teams), or the organisation export of another desk. Entries are matched by their code: importing an edited workbook again updates them, never duplicates.</source>
        <translation>请选择按组织架构模板填写的工作簿（街道、社区、网格、幸福里、部门、志愿队伍），或其他工作台导出的组织架构。各项按编码对应：修改后再次导入只会更新，不会重复新增。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>path of an .xlsx workbook</source>
        <translation>.xlsx 工作簿的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Save an empty &amp;template…</source>
        <translation>保存空白模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>检查文件(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OrgMoveDialog</name>
    <message>
        <source>Move {name}</source>
        <translation>移动「{name}」</translation>
    </message>
    <message>
        <source>Move {kind} {name} to:</source>
        <translation>把{kind}「{name}」移到：</translation>
    </message>
    <message>
        <source>There is nowhere else to put it.</source>
        <translation>没有其他可以移去的位置。</translation>
    </message>
    <message>
        <source>&amp;New place:</source>
        <translation>新位置(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>OrgNodeDialog</name>
    <message>
        <source>Change the post count</source>
        <translation>修改岗位数</translation>
    </message>
    <message>
        <source>Rename {kind}</source>
        <translation>重命名{kind}</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>新增{kind}</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}：{name}</translation>
    </message>
    <message>
        <source>Under {kind} {name}</source>
        <translation>上级：{kind}「{name}」</translation>
    </message>
    <message>
        <source>At the top of the organisation</source>
        <translation>组织架构最上层</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Unit type:</source>
        <translation>幸福里类型(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Department kind:</source>
        <translation>部门类别(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>岗位(&amp;P)：</translation>
    </message>
    <message>
        <source>Posts per &amp;unit:</source>
        <translation>每个幸福里的岗位数(&amp;U)：</translation>
    </message>
    <message>
        <source>unique; a re-import matches by it</source>
        <translation>唯一；再次导入时按编码对应</translation>
    </message>
    <message>
        <source>&amp;Psychological-service team</source>
        <translation>心理服务队伍(&amp;P)</translation>
    </message>
</context>
<context>
    <name>OrgPlanModel</name>
    <message>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Sheet</source>
        <extracomment>errors first, then what changes, then the rest</extracomment>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>幸福里 unit</source>
        <translation>幸福里</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Volunteer team</source>
        <translation>志愿队伍</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>幸福里类型</translation>
    </message>
    <message>
        <source>Post template</source>
        <translation>岗位模板</translation>
    </message>
    <message>
        <source>Post template · {count} posts</source>
        <translation>岗位模板 · {count} 个</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>&amp;Add</source>
        <extracomment>what may be added under a node of each kind (None: at the top) the entry to select once the tree is read again (one just added or moved)</extracomment>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>New {kind}…</source>
        <translation>新增{kind}…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Retire {kind} {name}? It disappears from lists and choices; its history is kept. Anything still using it is named and nothing is changed.</source>
        <translation>撤销{kind}「{name}」？撤销后不再出现在列表和选项中，历史记录保留。如果仍有内容在使用它，会列出来且不做任何更改。</translation>
    </message>
    <message>
        <source>{name} was retired.</source>
        <translation>「{name}」已撤销。</translation>
    </message>
    <message>
        <source>Export the organisation</source>
        <translation>导出组织架构</translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>移动(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>撤销(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import from workbook…</source>
        <translation>从工作簿导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export to workbook…</source>
        <translation>导出到工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Empty &amp;template…</source>
        <translation>空白模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>There is no organisation yet. Import it from a filled-in template (Ctrl+I), or add the district and build it here (Insert).</source>
        <translation>还没有组织架构。可以从填好的模板导入（Ctrl+I），也可以先新增区，再在这里逐级建立（Insert）。</translation>
    </message>
    <message>
        <source>&amp;Import from template…</source>
        <translation>从模板导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the &amp;district…</source>
        <translation>新增区(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>OverridesModel</name>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>计为</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设置人</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>设置时间</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <source>Rosters</source>
        <extracomment>English source title; shown through the &quot;Panes&quot; translation context. &quot;module:ClassName&quot; built with the pane context, imported on first use. Seeing the pane at all needs this permission (None: everyone).</extracomment>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Psychological registry</source>
        <translation>心理服务台账</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Take a person into care</source>
        <translation>新建心理服务台账</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>No number, because:</source>
        <translation>无号码的原因：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>类别(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>建档日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>责任人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>事由(&amp;M)：</translation>
    </message>
    <message>
        <source>Valid · born {birth}</source>
        <translation>号码有效 · 出生日期 {birth}</translation>
    </message>
</context>
<context>
    <name>PoliceDialog</name>
    <message>
        <source>Hand the lead to the police</source>
        <translation>将线索移交公安</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Lead: {summary}&lt;br&gt;The hand-over is recorded on the lead and on the timeline of its linked cases ({cases}).</source>
        <translation>线索：{summary}&lt;br&gt;移交情况将记录在线索及其关联案件（{cases}）的办理记录中。</translation>
    </message>
    <message>
        <source>Police &amp;receipt number:</source>
        <translation>公安回执编号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Handed over at:</source>
        <translation>移交时间(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <extracomment>set once the first page is on screen (benchmarks and tests wait for it)</extracomment>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <source>No font on this computer has some characters of these names; they print as 〓: {names}</source>
        <translation>本机没有任何字体含有以下名称中的部分字符，打印时将显示为 〓：{names}</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <source>The file cannot be shown: {reason}</source>
        <translation>无法显示该文件：{reason}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>The printer cannot start.</source>
        <translation>打印机无法启动。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>{file} cannot be written ({reason}).</source>
        <translation>无法写入 {file}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Choose the connection profile</source>
        <translation>选择连接配置文件</translation>
    </message>
    <message>
        <source>Connection profiles (*.json *.sdprofile);;All files (*)</source>
        <translation>连接配置文件 (*.json *.sdprofile);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Psych</name>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>特殊</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高危</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>心理健康讲座</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Hotline or online</source>
        <translation>热线/线上</translation>
    </message>
    <message>
        <source>One-to-one counselling</source>
        <translation>一对一咨询</translation>
    </message>
    <message>
        <source>Group counselling</source>
        <translation>团体辅导</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>难题会诊</translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation>已发起转介</translation>
    </message>
    <message>
        <source>Referral accepted</source>
        <translation>转介已接收</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已回转</translation>
    </message>
    <message>
        <source>Referral closed</source>
        <translation>转介已结束</translation>
    </message>
    <message>
        <source>Referral declined</source>
        <translation>转介被拒</translation>
    </message>
    <message>
        <source>Crisis raised</source>
        <translation>启动危机干预</translation>
    </message>
    <message>
        <source>Hotline contact</source>
        <translation>热线联系</translation>
    </message>
    <message>
        <source>Rapid-response visit</source>
        <translation>快速响应上门</translation>
    </message>
    <message>
        <source>Crisis assessment</source>
        <translation>危机评估</translation>
    </message>
    <message>
        <source>Emergency referral to a medical institution</source>
        <translation>紧急转介医疗机构</translation>
    </message>
    <message>
        <source>Crisis closed</source>
        <translation>危机干预结束</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>紧迫</translation>
    </message>
    <message>
        <source>Statutory duty</source>
        <translation>履行法定职责</translation>
    </message>
    <message>
        <source>Protecting life and health (emergency)</source>
        <translation>保护生命健康（紧急情况）</translation>
    </message>
    <message>
        <source>The person&apos;s consent</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <source>Public health emergency</source>
        <translation>应对突发公共卫生事件</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Dispute case</source>
        <translation>矛盾纠纷案件</translation>
    </message>
    <message>
        <source>Ledger opened</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>Ledger closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Ledger no.</source>
        <translation>台账编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次随访</translation>
    </message>
    <message>
        <source>Crisis: respond by</source>
        <translation>危机响应时限</translation>
    </message>
</context>
<context>
    <name>PsychPane</name>
    <message>
        <source>Why do you open this ledger?</source>
        <extracomment>a person just taken into care, selected once the list shows them</extracomment>
        <translation>打开此台账的事由</translation>
    </message>
    <message>
        <source>Show identities</source>
        <translation>显示身份信息</translation>
    </message>
    <message>
        <source>Why do you print this ledger?</source>
        <translation>打印此台账的事由</translation>
    </message>
    <message>
        <source>Psychological registry</source>
        <translation>心理服务台账</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Overdue follow-ups only</source>
        <translation>仅看逾期随访(&amp;O)</translation>
    </message>
    <message>
        <source>New ledger…</source>
        <translation>新建台账…</translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation>记录随访</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>记录服务</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>转介…</translation>
    </message>
    <message>
        <source>Referral step…</source>
        <translation>转介进展…</translation>
    </message>
    <message>
        <source>Raise crisis</source>
        <translation>启动危机干预</translation>
    </message>
    <message>
        <source>Close ledger…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Close the open ledger (Ctrl+Shift+X); refused while a crisis is open</source>
        <translation>为当前打开的台账结案（Ctrl+Shift+X）；有进行中的危机干预时不能结案</translation>
    </message>
    <message>
        <source>Print ledger…</source>
        <translation>打印台账…</translation>
    </message>
    <message>
        <source>Print access log…</source>
        <translation>打印查阅记录…</translation>
    </message>
    <message>
        <source>Views, reveals, prints and disclosures of the last 30 days, without names</source>
        <translation>近30天的查阅、显示身份、打印和披露记录（不含姓名）</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Hide identities</source>
        <translation>隐藏身份信息</translation>
    </message>
    <message>
        <source>Show identities…</source>
        <translation>显示身份信息…</translation>
    </message>
    <message>
        <source>Name, pinyin, phone, unit, group, ledger no. or worker</source>
        <translation>姓名、拼音、电话、单位、类别、台账编号或责任人</translation>
    </message>
    <message>
        <source>Unit, group, ledger no. or worker (identities are masked)</source>
        <translation>单位、类别、台账编号或责任人（身份信息已脱敏）</translation>
    </message>
    <message>
        <source>Open ledgers {total}: {groups} · overdue {overdue} · open crises {crises}</source>
        <translation>在册台账 {total}：{groups} · 逾期随访 {overdue} · 进行中危机 {crises}</translation>
    </message>
    <message>
        <source>Your role sees the registry&apos;s counts only; records are not shown.</source>
        <translation>您的角色只能查看台账统计数，不显示具体记录。</translation>
    </message>
    <message>
        <source>Identities are masked for your role. Search by unit, group, ledger number or worker.</source>
        <translation>您的角色看到的身份信息已脱敏；可按单位、类别、台账编号或责任人搜索。</translation>
    </message>
    <message>
        <source>Showing the {shown} most overdue of {total}.</source>
        <translation>显示逾期最久的 {shown} 条，共 {total} 条。</translation>
    </message>
</context>
<context>
    <name>PsychRulesTab</name>
    <message>
        <source>Raising a crisis starts a clock: the response is due this many hours later. Round the clock, a crisis raised on Friday evening is due on Saturday and shown as the on-call duty&apos;s; in office hours, the clock stops outside working hours and on rest days.</source>
        <translation>启动危机干预即开始计时：须在设定的小时数内响应。按全天候计时，周五晚启动的危机在周六到期，并标明由值班人员处置；按工作时间计时，非工作时间和休息日不计时。</translation>
    </message>
    <message>
        <source>Crisis &amp;response within (hours):</source>
        <translation>危机响应时限（小时）(&amp;R)：</translation>
    </message>
    <message>
        <source>The clock &amp;runs:</source>
        <translation>计时方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Round the clock</source>
        <translation>全天候计时</translation>
    </message>
    <message>
        <source>In office hours of working days</source>
        <translation>仅计工作日的工作时间</translation>
    </message>
</context>
<context>
    <name>RaiseCrisisDialog</name>
    <message>
        <source>Raise a crisis</source>
        <translation>启动危机干预</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>情况说明(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>RaiseLeadDialog</name>
    <message>
        <source>Raise an early-warning lead</source>
        <translation>登记预警线索</translation>
    </message>
    <message>
        <source>A lead from online patrol or offline canvassing, e.g. a planned gathering.</source>
        <translation>网上巡查或线下摸排发现的线索，例如有人组织聚集。</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>线索摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>发现渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>预警等级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Unit (optional):</source>
        <translation>所属幸福里（选填）(&amp;U)：</translation>
    </message>
    <message>
        <source>Captured &amp;at:</source>
        <translation>发现时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;People (estimate):</source>
        <translation>预估人数(&amp;P)：</translation>
    </message>
    <message>
        <source>Risk of an organised &amp;gathering</source>
        <translation>有串联聚集风险(&amp;G)</translation>
    </message>
    <message>
        <source>Type the unit&apos;s name, pinyin or initials</source>
        <translation>输入幸福里名称、拼音或首字母</translation>
    </message>
    <message>
        <source>Choose an entry from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Identities of persons in care are health data. The reason, the legal basis, your name and the time are written to the access log.</source>
        <translation>服务对象的身份信息属于敏感个人信息（健康数据）。事由、法律依据、您的姓名和时间将记入查阅日志。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>法律依据(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>This recovery key opens the database when this computer has lost its key (a new Windows profile, a reinstalled or replaced desk). Write it down or print this window, and keep it locked away from the computer. Each group ends with a check digit, so a mistyped digit is found by its group.
An administrator can show it again under Administration → Encryption.</source>
        <translation>本机丢失密钥时（新的 Windows 用户配置、重装或更换电脑），可用此恢复密钥打开数据库。请抄下或打印此窗口，并锁好保管，不要与电脑放在一起。每组最后一位是校验位，输错一位数字时会指出是哪一组。
管理员可在“系统管理 → 加密”中再次查看。</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery key and keep it safe</source>
        <translation>我已抄下恢复密钥并会妥善保管(&amp;W)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>StreetDesk recovery key</source>
        <translation>街道工作台恢复密钥</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer to another institution</source>
        <translation>转介至其他机构</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>转介至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>法律依据(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>转介原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Only what the receiving side needs is sent (a hospital: name, gender, year of birth, phone, reason; a school: name and reason). The disclosure is logged.</source>
        <translation>只发送接收方需要的信息（医疗机构：姓名、性别、出生年份、电话、原因；学校：姓名和原因）。本次披露将记入日志。</translation>
    </message>
</context>
<context>
    <name>ReferPartyDialog</name>
    <message>
        <source>Refer a party of case {number} to psychological care</source>
        <translation>将案件 {number} 的当事人转介心理服务</translation>
    </message>
    <message>
        <source>Only the name, a phone number and what you saw are sent. The psychological-service staff take it from there.</source>
        <translation>只发送姓名、电话和您观察到的情况，由心理服务人员接手跟进。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation>电话（可不填）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Signs of distress:</source>
        <translation>心理困扰迹象(&amp;S)：</translation>
    </message>
    <message>
        <source>Referred. Registry ledger number: {number}</source>
        <translation>已转介。心理服务台账编号：{number}</translation>
    </message>
</context>
<context>
    <name>ReferenceEditDialog</name>
    <message>
        <source>Add to {list}</source>
        <extracomment>The spin box value that stands for &quot;no condition&quot; in an optional number.</extracomment>
        <translation>新增：{list}</translation>
    </message>
    <message>
        <source>Change {list}</source>
        <translation>修改：{list}</translation>
    </message>
    <message>
        <source>Kept in the history with this version</source>
        <translation>随此版本记入历史</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>either</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ReferenceFields</name>
    <message>
        <source>Shown</source>
        <translation>显示状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Final stage</source>
        <translation>终结阶段</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>从阶段</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>到阶段</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>需填写</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日数</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>预警颜色</translation>
    </message>
    <message>
        <source>At least people</source>
        <translation>涉及人数不少于</translation>
    </message>
    <message>
        <source>At least amount (yuan)</source>
        <translation>涉及金额不少于（元）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>是否超期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Follow up every (days)</source>
        <translation>随访周期（天）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>所属目录</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>The fields a stage move may ask for (stage_rules.KNOWN_MOVE_FIELDS).</extracomment>
        <translation>领办人</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>化解结果</translation>
    </message>
    <message>
        <source>resolution method</source>
        <translation>化解方式</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>escalation level</source>
        <translation>升级层级</translation>
    </message>
    <message>
        <source>visit result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>either</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReferenceHistoryDialog</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>shown again</source>
        <translation>恢复显示</translation>
    </message>
    <message>
        <source>Versions of this entry</source>
        <translation>该条目的版本历史</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>as seeded, never changed</source>
        <translation>初始数据，未曾修改</translation>
    </message>
</context>
<context>
    <name>ReferenceKinds</name>
    <message>
        <source>Dispute categories</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Intake sources</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>流程阶段</translation>
    </message>
    <message>
        <source>Allowed moves</source>
        <translation>允许的流转</translation>
    </message>
    <message>
        <source>Deadline rules</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <source>Warning rules</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <source>Institutions (1+6+37+272)</source>
        <translation>心理服务机构（1+6+37+272）</translation>
    </message>
    <message>
        <source>Follow-up cadence by group</source>
        <translation>各群体随访周期</translation>
    </message>
    <message>
        <source>Service categories (幸福清单)</source>
        <translation>服务类别（幸福清单）</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>服务项目库</translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <source>Show again (Del)</source>
        <translation>恢复显示（Del）</translation>
    </message>
    <message>
        <source>Hide (Del)</source>
        <translation>隐藏（Del）</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change… (F2)</source>
        <translation>修改(&amp;C)…（F2）</translation>
    </message>
    <message>
        <source>&amp;Versions (Ctrl+Y)</source>
        <translation>版本历史(&amp;V)（Ctrl+Y）</translation>
    </message>
    <message>
        <source>Show &amp;hidden rows</source>
        <translation>显示已隐藏的条目(&amp;H)</translation>
    </message>
    <message>
        <source>Each change is saved as a new version with its reason; the history keeps every earlier one. Rows are hidden, never deleted: cases that name them keep their label. A change to a deadline or warning rule shows, before it is saved, how many open cards it would affect.</source>
        <translation>每次修改都保存为一个带原因的新版本，历史保留此前的所有版本。条目只能隐藏、不会删除：引用它们的案件仍显示原名称。修改时限或预警规则时，保存前会显示将影响多少张在办卡片。</translation>
    </message>
    <message>
        <source>Your role may read the reference lists; only an administrator changes them.</source>
        <translation>您的角色可以查看基础数据，只有系统管理员可以修改。</translation>
    </message>
</context>
<context>
    <name>ReferralStepDialog</name>
    <message>
        <source>Referral step</source>
        <translation>转介进展</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>转介(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>下一步(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <source>Whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <source>Counting the month…</source>
        <translation>正在统计本月数据…</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>化解</translation>
    </message>
    <message>
        <source>Disputes received and resolved</source>
        <translation>矛盾纠纷受理与化解（件）</translation>
    </message>
    <message>
        <source>Received by category</source>
        <translation>受理纠纷按类别</translation>
    </message>
    <message>
        <source>Received by source</source>
        <translation>受理纠纷按来源</translation>
    </message>
    <message>
        <source>Received by warning colour</source>
        <translation>受理纠纷按预警等级</translation>
    </message>
    <message>
        <source>{month}: {received} received, {resolved} resolved, {escalated} escalated, {overdue} overdue at month end</source>
        <translation>{month}：受理 {received} 件，化解 {resolved} 件，升级 {escalated} 件，月末逾期 {overdue} 件</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Ready: {title}</source>
        <translation>已生成：{title}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>{file} cannot be written ({reason}).</source>
        <translation>无法写入 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
    <message>
        <source>Your role may see the figures but not print reports.</source>
        <translation>您的角色可以查看统计数据，但不能打印报表。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>范围(&amp;S)</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Unit rosters</source>
        <translation>单元人员名册</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Make the report in the background (Ctrl+G)</source>
        <translation>在后台生成报表（Ctrl+G）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Give {name} ({username}) a temporary password. They must choose their own at the next sign-in.</source>
        <translation>为 {name}（{username}）设置临时密码。对方下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>The account is locked; the reset unlocks it too.</source>
        <translation>该账号已被锁定；重置密码的同时会解除锁定。</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add a staff member or a volunteer (Ctrl+N)</source>
        <translation>新增工作人员或群防群治力量（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected person (F2 or Enter)</source>
        <translation>编辑所选人员（F2 或回车）</translation>
    </message>
    <message>
        <source>Fill post</source>
        <translation>补岗</translation>
    </message>
    <message>
        <source>Second someone into the vacant post</source>
        <translation>派驻人员填补所选空缺岗位</translation>
    </message>
    <message>
        <source>End secondment</source>
        <translation>结束派驻</translation>
    </message>
    <message>
        <source>End the selected secondment</source>
        <translation>结束所选人员的派驻</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected person (Del)</source>
        <translation>删除所选人员（Del）</translation>
    </message>
    <message>
        <source>Print roster</source>
        <translation>打印名册</translation>
    </message>
    <message>
        <source>The selected unit&apos;s roster as PDF</source>
        <translation>将所选幸福里的名册生成 PDF</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import a roster from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入名册</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the roster to Excel or CSV</source>
        <translation>将名册导出为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the roster again (F5)</source>
        <translation>重新加载名册（F5）</translation>
    </message>
    <message>
        <source>Group by unit type</source>
        <translation>按类型分组</translation>
    </message>
    <message>
        <source>Group the units by type</source>
        <translation>按幸福里类型分组显示</translation>
    </message>
    <message>
        <source>Post filled: {post}.</source>
        <translation>岗位已补员：{post}。</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>The list shows {shown} of {total} rows. What should be exported?</source>
        <translation>列表显示 {total} 行中的 {shown} 行。要导出哪些？</translation>
    </message>
    <message>
        <source>&amp;What the list shows</source>
        <translation>列表显示的(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>全部(&amp;E)</translation>
    </message>
    <message>
        <source>Writing the roster PDF…</source>
        <translation>正在生成名册 PDF…</translation>
    </message>
    <message>
        <source>Roster not printed</source>
        <translation>名册未能打印</translation>
    </message>
</context>
<context>
    <name>RosterFilterBar</name>
    <message>
        <source>All unit types</source>
        <extracomment>status filter → which staff rows it keeps a combo changed the search text changed</extracomment>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部派出部门</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部队伍</translation>
    </message>
    <message>
        <source>Search: name, pinyin, initials or mobile</source>
        <translation>搜索：姓名、拼音、首字母或手机号</translation>
    </message>
    <message>
        <source>Typing 张, zhang, zs or part of a mobile number finds 张三.</source>
        <translation>输入“张”、“zhang”、“zs”或手机号的一部分即可找到张三。</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Vacant posts and ended secondments</source>
        <translation>空缺岗位及派驻到期</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Secondment ended</source>
        <translation>派驻到期</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>未派驻</translation>
    </message>
</context>
<context>
    <name>RosterTreeModel</name>
    <message>
        <source>All streets</source>
        <extracomment>id of the node above the streets when a user sees several</extracomment>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>Vacant: the secondment ended on {date}</source>
        <translation>空缺：派驻已于 {date} 到期</translation>
    </message>
    <message>
        <source>Vacant post</source>
        <translation>空缺岗位</translation>
    </message>
    <message>
        <source>{vacant} of {posts} posts vacant</source>
        <translation>{posts} 个岗位中 {vacant} 个空缺</translation>
    </message>
    <message>
        <source>Street, unit, post</source>
        <translation>街道 / 幸福里 / 岗位</translation>
    </message>
    <message>
        <source>Vacant / posts</source>
        <translation>空缺 / 岗位</translation>
    </message>
</context>
<context>
    <name>RostersPane</name>
    <message>
        <source>Loading the roster…</source>
        <extracomment>the staff rows shown (they arrive before ``data``, which is built from them)</extracomment>
        <translation>正在加载名册…</translation>
    </message>
    <message>
        <source>The roster could not be loaded: {reason}</source>
        <translation>名册无法加载：{reason}</translation>
    </message>
    <message>
        <source>No units yet</source>
        <translation>尚无幸福里</translation>
    </message>
    <message>
        <source>{shown} of {total} units</source>
        <translation>显示 {shown} / 共 {total} 个幸福里</translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation>显示 {shown} / 共 {total} 条</translation>
    </message>
    <message>
        <source>Vacancies ({count})</source>
        <translation>空岗（{count}）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>群防群治力量</translation>
    </message>
    <message>
        <source>vacant post</source>
        <translation>空缺岗位</translation>
    </message>
    <message>
        <source>secondment ended</source>
        <translation>派驻已结束</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>空岗</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Record a service</source>
        <translation>记录服务</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务类型(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>无法保存设置：{reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>what the config file held out of range, said until the settings are saved the outcome of the last save, worded again after a language switch</extracomment>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This desk works on its own database: {path}</source>
        <translation>本工作台使用自己的数据库：{path}</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>本工作台</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Lock after idle (minutes):</source>
        <translation>空闲多久后锁定（分钟）：</translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation>设备名称：</translation>
    </message>
    <message>
        <source>Sync with the district&apos;s central database (the connection, pending changes, conflicts and the copies taken before each sync) is in the Sync pane (Ctrl+5).</source>
        <translation>与区中心数据库的同步（连接设置、待上传的修改、冲突及每次同步前的副本）在“同步”页面（Ctrl+5）。</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Only an administrator changes these settings.</source>
        <translation>只有系统管理员可以修改这些设置。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Choose a new password to sign in.</source>
        <extracomment>The dialog has painted once: slow start-up work may begin without delaying it. The desk has no account yet: the first-run guide creates the administrator. what the message says, asked again after a language switch</extracomment>
        <translation>请设置新密码后再登录。</translation>
    </message>
    <message>
        <source>StreetDesk — sign in</source>
        <translation>街道工作台 — 登录</translation>
    </message>
    <message>
        <source>&lt;h2&gt;StreetDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;街道工作台&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo data: sign in with one click as any role to see what it sees.</source>
        <translation>演示数据：一键以任一角色登录，查看该角色能看到的内容。</translation>
    </message>
</context>
<context>
    <name>StaffChoiceModel</name>
    <message>
        <source>now: {posts}</source>
        <translation>现任：{posts}</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Choose a department from the list.</source>
        <translation>请从列表中选择派出部门。</translation>
    </message>
    <message>
        <source>Choose a vacant post from the list, or leave it empty.</source>
        <translation>请从列表中选择空缺岗位，或留空。</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新增工作人员</translation>
    </message>
    <message>
        <source>Edit staff</source>
        <translation>编辑工作人员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>派出部门(&amp;D)：</translation>
    </message>
    <message>
        <source>11 digits, e.g. 138 0013 8000</source>
        <translation>11 位数字，如 138 0013 8000</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>输入文字或拼音搜索</translation>
    </message>
    <message>
        <source>Second into a vacant post (optional)</source>
        <translation>派驻到空缺岗位（可选）</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>岗位(&amp;P)：</translation>
    </message>
    <message>
        <source>None; type to search</source>
        <translation>无；输入文字或拼音搜索</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>结束日期(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Home department</source>
        <translation>派出部门</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>幸福里</translation>
    </message>
    <message>
        <source>Seconded from</source>
        <translation>派驻开始</translation>
    </message>
    <message>
        <source>Seconded until</source>
        <translation>派驻结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Secondment ended</source>
        <translation>派驻到期</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>未派驻</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>(vacant post)</source>
        <translation>（空缺岗位）</translation>
    </message>
</context>
<context>
    <name>StartChoicePage</name>
    <message>
        <source>&lt;h3&gt;Step 2 of 3: how to begin&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;第 2 步（共 3 步）：从哪里开始&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Set up from a template file</source>
        <translation>从模板文件建立(&amp;S)</translation>
    </message>
    <message>
        <source>Import the streets, communities, grids, 幸福里 units, departments and teams from the organisation workbook (streetdesk org template writes an empty one).</source>
        <translation>从组织架构工作簿导入街道、社区、网格、幸福里、部门和队伍（streetdesk org template 可生成空白模板）。</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>试用演示数据(&amp;T)</translation>
    </message>
    <message>
        <source>Open the demo database, a whole district of made-up data, to try every screen. Your own database stays as it is, with its administrator.</source>
        <translation>打开演示数据库（一个完整的虚构辖区），试用各个界面。您自己的数据库保持不变，管理员账号仍然保留。</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>稍后再设置(&amp;L)</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <source>{time} ({size} KB)</source>
        <extracomment>the pane hands a confirmed restore on to the main window</extracomment>
        <translation>{time}（{size} KB）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Synced: {pushed} sent, {pulled} received, {conflicts} conflicts.</source>
        <translation>同步完成：上传 {pushed} 条，下载 {pulled} 条，冲突 {conflicts} 条。</translation>
    </message>
    <message>
        <source>Restore a copy</source>
        <translation>恢复副本</translation>
    </message>
    <message>
        <source>Put back the copy taken at {time}? Everything changed on this desk since then and not yet sent is lost. StreetDesk closes to do it; start it again afterwards, and the next sync brings what the centre has received since.</source>
        <translation>恢复 {time} 的副本？此后在本机修改且尚未上传的内容都将丢失。恢复时街道工作台会关闭；之后请重新启动，下次同步会取回中心此后收到的数据。</translation>
    </message>
    <message>
        <source>This is the demo database: it never syncs with a central database.</source>
        <translation>这是演示数据库：演示数据库不会同步到中心数据库。</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Central database:</source>
        <translation>中心数据库：</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>已加入：</translation>
    </message>
    <message>
        <source>Changes waiting to be sent:</source>
        <translation>待上传的修改：</translation>
    </message>
    <message>
        <source>Conflicts to settle:</source>
        <translation>待处理的冲突：</translation>
    </message>
    <message>
        <source>Last sync (China time):</source>
        <translation>上次同步（北京时间）：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>上次错误：</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>立即同步（F5）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copies taken before each sync</source>
        <translation>同步前的副本</translation>
    </message>
    <message>
        <source>Before each sync a copy of this desk&apos;s database is kept (the newest five). Putting one back closes StreetDesk.</source>
        <translation>每次同步前都会保存本工作台数据库的副本（保留最近五份）。恢复副本时街道工作台会关闭。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
</context>
<context>
    <name>SyncPane</name>
    <message>
        <source>Status</source>
        <extracomment>a confirmed restore of this snapshot&apos;s ``Path``: the main window closes the desk</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突处理</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Click to open the Sync pane.</source>
        <translation>点击打开“同步”页面。</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>同步：…</translation>
    </message>
    <message>
        <source>Demo database: never syncs</source>
        <translation>演示数据库不会同步</translation>
    </message>
    <message>
        <source>Sync: no central database joined</source>
        <translation>同步：尚未加入中心数据库</translation>
    </message>
    <message>
        <source>Central database: {name}</source>
        <translation>中心数据库：{name}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>上次同步 {time}</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>上次同步：{time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>{count} to send</source>
        <translation>待上传 {count} 条</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>冲突 {count} 条</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>{person} · {count} open cases</source>
        <translation>{person} · 在办 {count} 件</translation>
    </message>
    <message>
        <source>Three-person team of case {number}</source>
        <translation>案件 {number} 的三人小组</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; {title}&lt;br&gt;A {severity} case needs: {places}. Each place is proposed to the person with the fewest open cases; change any of them.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; {title}&lt;br&gt;{severity}案件需要：{places}。每个位置按在办案件最少的人员推荐，可逐一调整。</translation>
    </message>
    <message>
        <source>{place} (&amp;{key}):</source>
        <translation>{place}(&amp;{key})：</translation>
    </message>
    <message>
        <source>Nobody on the roster fits this place.</source>
        <translation>花名册中没有适合该位置的人员。</translation>
    </message>
    <message>
        <source>Proposed: {person}</source>
        <translation>推荐：{person}</translation>
    </message>
    <message>
        <source>Type a name, pinyin or initials</source>
        <translation>输入姓名、拼音或首字母</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（选填）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Choose someone from the list.</source>
        <translation>请从列表中选择人员。</translation>
    </message>
    <message>
        <source>Reload to see the current team; your choices are kept.</source>
        <translation>请重新加载查看当前小组；您的选择会保留。</translation>
    </message>
    <message>
        <source>Three-person team</source>
        <translation>三人小组</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Received</source>
        <translation>收案</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>修改信息</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Three-person team</source>
        <translation>三人小组</translation>
    </message>
    <message>
        <source>Early-warning lead linked</source>
        <translation>关联预警线索</translation>
    </message>
    <message>
        <source>Lead handed to the police</source>
        <translation>线索移交公安</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Team: {before} → {after}</source>
        <translation>小组：{before} → {after}</translation>
    </message>
    <message>
        <source>Lead level: {level}</source>
        <translation>线索等级：{level}</translation>
    </message>
    <message>
        <source>Police receipt: {receipt}</source>
        <translation>公安回执：{receipt}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
</context>
<context>
    <name>TypeVacancyModel</name>
    <message>
        <source>Unit type</source>
        <translation>幸福里类型</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>幸福里数</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空缺</translation>
    </message>
</context>
<context>
    <name>UnitVacancyModel</name>
    <message>
        <source>Unit</source>
        <translation>幸福里</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>Vacant posts</source>
        <translation>空缺岗位</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of vacant post</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>VacancyStrip</name>
    <message>
        <source>{scope}: {vacant} posts vacant</source>
        <translation>{scope}：{vacant} 个岗位空缺</translation>
    </message>
    <message>
        <source>{posts} posts in {units} units, {filled} filled</source>
        <translation>共 {units} 个幸福里、{posts} 个岗位，在岗 {filled} 个</translation>
    </message>
    <message>
        <source>; {expired} left vacant by an ended secondment</source>
        <translation>；其中 {expired} 个因派驻到期而空缺</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Choose an entry from the list, or leave the field empty.</source>
        <translation>请从列表中选择，或将此项留空。</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>新增志愿者</translation>
    </message>
    <message>
        <source>Edit volunteer</source>
        <translation>编辑志愿者</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>队伍(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>幸福里(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation>技能(&amp;S)：</translation>
    </message>
    <message>
        <source>11 digits, e.g. 138 0013 8000</source>
        <translation>11 位数字，如 138 0013 8000</translation>
    </message>
    <message>
        <source>None; type to search</source>
        <translation>无；输入文字或拼音搜索</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>幸福里</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
</context>
<context>
    <name>WarningRulesDialog</name>
    <message>
        <source>Warning rules</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <source>A card takes the colour of the first rule, in this order, whose every condition holds; a case no rule matches has no colour. The rules are reference data kept by the district.</source>
        <translation>卡片按以下顺序取第一条条件全部满足的规则的颜色；没有规则适用的案件不显示颜色。规则属于区里维护的基础数据。</translation>
    </message>
</context>
<context>
    <name>WarningRulesModel</name>
    <message>
        <source>any open case</source>
        <translation>任何在办案件</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>When every condition holds</source>
        <translation>适用条件（须全部满足）</translation>
    </message>
</context>
<context>
    <name>WarningText</name>
    <message>
        <source>severity is {severity}</source>
        <translation>严重程度为{severity}</translation>
    </message>
    <message>
        <source>{people} or more people involved</source>
        <translation>涉及 {people} 人以上</translation>
    </message>
    <message>
        <source>{amount} yuan or more owed</source>
        <translation>涉及金额 {amount} 元以上</translation>
    </message>
    <message>
        <source>past its deadline</source>
        <extracomment>Fill colours of the four warning levels (the board&apos;s cards use the same).</extracomment>
        <translation>已超期</translation>
    </message>
    <message>
        <source>within its deadline</source>
        <translation>未超期</translation>
    </message>
    <message>
        <source>severity is {expected} (this case: {actual})</source>
        <translation>严重程度为{expected}（本案：{actual}）</translation>
    </message>
    <message>
        <source>{expected} or more people involved (this case: {actual})</source>
        <translation>涉及 {expected} 人以上（本案：{actual} 人）</translation>
    </message>
    <message>
        <source>{expected} yuan or more owed (this case: {actual})</source>
        <translation>涉及金额 {expected} 元以上（本案：{actual} 元）</translation>
    </message>
    <message>
        <source>{wanted} (this case: {actual})</source>
        <translation>{wanted}（本案：{actual}）</translation>
    </message>
    <message>
        <source>no warning colour</source>
        <translation>无预警颜色</translation>
    </message>
    <message>
        <source>No rule matched this case.</source>
        <translation>没有规则适用于本案。</translation>
    </message>
    <message>
        <source>by the rule “{rule}”</source>
        <translation>依据规则“{rule}”</translation>
    </message>
    <message>
        <source>gave the colour</source>
        <translation>据此定色</translation>
    </message>
    <message>
        <source>any open case</source>
        <translation>任何在办案件</translation>
    </message>
</context>
</TS>
