<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/about.py" line="18"/>
        <source>SMS campaigns through the 聚合云信 industry SMS gateway.</source>
        <translation>通过聚合云信行业短信网关群发短信。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/about.py" line="19"/>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}，PySide6 {pyside}，Python {python}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/about.py" line="21"/>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/about.py" line="22"/>
        <source>Logs: {path}</source>
        <translation>日志：{path}</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="102"/>
        <source>Gateway account</source>
        <translation>网关账户</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="117"/>
        <source>Leave empty to keep the saved password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="124"/>
        <source>【Shop name】</source>
        <translation>【店铺名称】</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="139"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="135"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="126"/>
        <source>e.g. {price}</source>
        <translation>例如 {price}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="141"/>
        <source>Plain password</source>
        <translation>明文密码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="142"/>
        <source>MD5 signed</source>
        <translation>MD5 加密</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="147"/>
        <source>Off (the access number as it is)</source>
        <translation>不使用（按接入号原样发送）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="149"/>
        <source>%n digit(s) per campaign</source>
        <translation>
            <numerusform>每个群发任务加 %n 位扩展号</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="151"/>
        <source>Only if your gateway administrator says the access number accepts extensions: each campaign is then sent from the access number plus a few digits of its own, so every reply shows exactly which campaign it answers. Off: replies are linked to the latest message sent to the number, as a guess.</source>
        <translation>只有网关管理员确认您的接入号支持扩展号时才打开：每个群发任务会用“接入号 + 几位自己的扩展号”发出，客户的回复就能准确对应到是哪次群发。不使用时，回复按发给该号码的最近一条短信推测对应。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="163"/>
        <source>Gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="164"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="165"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="166"/>
        <source>Access number (extno)</source>
        <translation>接入号</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="167"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="256"/>
        <source>Registered signature(s)</source>
        <translation>已报备的签名</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="168"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="257"/>
        <source>Price per SMS part</source>
        <translation>每条短信单价</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="169"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="258"/>
        <source>Numbers per request</source>
        <translation>每次提交的号码数</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="170"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="259"/>
        <source>Check for reports every</source>
        <translation>查询状态报告的间隔</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="171"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="260"/>
        <source>Warn when balance is below</source>
        <translation>余额低于此值时提醒</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="172"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="261"/>
        <source>Password mode</source>
        <translation>密码方式</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="174"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="262"/>
        <source>Match replies to campaigns</source>
        <translation>回复对应群发</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="183"/>
        <source>Enter the account your SMS provider gave you. The password is kept in the system keyring, never in a file.</source>
        <translation>请填写短信服务商给您的账户。密码保存在系统钥匙串中，不会写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="186"/>
        <source>Enter the account your SMS provider gave you. This computer has no usable system keyring, so the password is kept in memory for this run only (never in a file) and must be entered again the next time the app starts.</source>
        <translation>请填写短信服务商给您的账户。这台电脑没有可用的系统钥匙串，所以密码只在本次运行期间保存在内存中（不会写入文件），下次启动时需要重新填写。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="205"/>
        <source>The password itself never leaves this computer: each request carries a signature made from it. Only if your provider turned MD5 on for your account.</source>
        <translation>密码本身不会发出这台电脑：每次请求只带一个用密码算出的签名。只有短信服务商为您的账户开通了 MD5 时才选这个。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="209"/>
        <source>The password goes to the gateway as you typed it (encrypted when the address starts with https://). Choose this unless your provider says otherwise.</source>
        <translation>密码按您输入的原样发给网关（网关地址以 https:// 开头时会加密传输）。除非短信服务商另有说明，请选这个。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="217"/>
        <source>yuan, as your contract says</source>
        <translation>元（按合同填写）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="222"/>
        <source>The price of one SMS part in your contract with the SMS provider (often about {price} yuan). juhe-desk needs it to tell what each send costs before it goes, and whether the balance pays for it.</source>
        <translation>请按您与短信服务商签的合同填写每条短信的单价（通常约 {price} 元）。本软件要用它在发送前算出这次发送的费用，并检查余额够不够。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="282"/>
        <source>Another desk of the team changed this account while this window was open: the fields you had not changed now show its values. You changed {fields} here too: Save keeps what you typed, Cancel keeps the other desk&apos;s.</source>
        <translation>这个窗口打开期间，团队里的另一台电脑修改了这个账户：您没有改动的栏目已换成它保存的内容。您在这里也改了{fields}：点“保存”会用您填的内容，点“取消”会保留另一台电脑保存的内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="288"/>
        <source>Another desk of the team changed this account while this window was open: the fields you had not changed now show its values.</source>
        <translation>这个窗口打开期间，团队里的另一台电脑修改了这个账户：您没有改动的栏目已换成它保存的内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="324"/>
        <source>gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="326"/>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="328"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="330"/>
        <source>access number</source>
        <translation>接入号</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="332"/>
        <source>price per SMS part</source>
        <translation>每条短信单价</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="339"/>
        <source>Please fill in: {fields}</source>
        <translation>请填写：{fields}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="346"/>
        <source>“{text}” is not a price per SMS part: type the price in yuan that your contract says, for example {price}.</source>
        <translation>“{text}”不是每条短信的单价：请按合同填写以元为单位的单价，例如 {price}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="354"/>
        <source>The access number {extno} with {digits} more digits would be longer than the {limit} digits a gateway takes: choose fewer digits, or turn the extensions off.</source>
        <translation>接入号 {extno} 再加 {digits} 位扩展号会超过网关允许的 {limit} 位：请少选几位，或不使用扩展号。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="359"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="376"/>
        <source>Connection test failed: {reason}</source>
        <translation>连接测试失败：{reason}</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="97"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="104"/>
        <source>Refresh balance</source>
        <translation>刷新余额</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="105"/>
        <source>Ask the gateway for the balance now (F5)</source>
        <translation>立即向网关查询余额 (F5)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="115"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="118"/>
        <source>Warn when the balance is below</source>
        <translation>余额低于此值时提醒</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="137"/>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="156"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="139"/>
        <source>Choose the account to send from</source>
        <translation>选择用哪个账户发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="149"/>
        <source>A&amp;dd account…</source>
        <translation>添加账户(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="151"/>
        <source>&amp;Edit account…</source>
        <translation>编辑账户(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="155"/>
        <source>Active account</source>
        <translation>当前账户</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="157"/>
        <source>Gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="158"/>
        <source>Access number (extno)</source>
        <translation>接入号</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="159"/>
        <source>Signature(s)</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="160"/>
        <source>Price per SMS part</source>
        <translation>每条短信单价</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="175"/>
        <source>No account with a password is set up.</source>
        <translation>还没有设置带密码的账户。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="178"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="195"/>
        <source>Could not update the balance: {reason}</source>
        <translation>无法更新余额：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="207"/>
        <source>Balance not checked yet</source>
        <translation>尚未查询余额</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="214"/>
        <source>Below your warning level of ¥{amount}: top up soon so that sending does not stop.</source>
        <translation>余额已低于您设置的提醒值 {amount} 元：请尽快充值，以免发送中断。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="218"/>
        <source>Updated at {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="223"/>
        <source>Pre-paid</source>
        <translation>预付费</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="225"/>
        <source>Post-paid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="230"/>
        <source>Pre-paid: sending stops when the balance runs out.</source>
        <translation>预付费：余额用完后将无法发送。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="232"/>
        <source>Post-paid: the provider bills the account afterwards.</source>
        <translation>后付费：服务商事后按用量结算。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="233"/>
        <source>The gateway did not say how the account is charged.</source>
        <translation>网关未告知该账户的计费方式。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="237"/>
        <source>The account owes ¥{amount}.</source>
        <translation>该账户已欠费 {amount} 元。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="240"/>
        <source>Set the price per SMS part (Edit account…) to see how many SMS the balance pays for.</source>
        <translation>请设置每条短信单价（编辑账户…），即可看到余额还能发送多少条短信。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="244"/>
        <source>No SMS left: please top up the account.</source>
        <translation>余额已不足以发送短信：请为账户充值。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="247"/>
        <source>About {count} SMS left at ¥{price} each</source>
        <translation>
            <numerusform>按每条 {price} 元计，约还能发送 {count} 条短信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="344"/>
        <source>No account is set up yet: use Add account…</source>
        <translation>还没有设置账户：请点击“添加账户…”</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="354"/>
        <source>¥{price} per part</source>
        <translation>每条 {price} 元</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="355"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="357"/>
        <source>No password is saved for account {id}: use Edit account… to enter it.</source>
        <translation>账户 {id} 没有保存密码：请点击“编辑账户…”填写密码。</translation>
    </message>
</context>
<context>
    <name>AdvancedSending</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="33"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="40"/>
        <source>How many requests go to the gateway at the same time. Lower it if the gateway says it is busy.</source>
        <translation>同时向网关提交的请求数。如果网关提示繁忙，请调低。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="46"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="47"/>
        <source>The least time between two requests.</source>
        <translation>两次请求之间的最短间隔。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="62"/>
        <source>{typed} was not taken: requests at a time go from {low} to {high}. Still {value}.</source>
        <translation>没有采用 {typed}：同时请求数只能是 {low} 到 {high}。仍为 {value}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="66"/>
        <source>{typed} was not taken: the pause between requests goes from 0 to {high} seconds. Still {value} s.</source>
        <translation>没有采用 {typed}：请求间隔只能是 0 到 {high} 秒。仍为 {value} 秒。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="72"/>
        <source>Leave these as they are unless the gateway says it is busy or your provider asks you to send more slowly: then lower the requests at a time, or add a pause between requests. A change applies to the next campaign sent or resumed.</source>
        <translation>一般不用改。只有网关提示繁忙，或短信服务商要求发慢一点时，才调低同时请求数，或加上请求间隔。改动从下一次开始或继续的群发起生效。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="77"/>
        <source>Requests at a time:</source>
        <translation>同时请求数：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="79"/>
        <source>Pause between requests:</source>
        <translation>请求间隔：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="114"/>
        <source>Changed at another desk: {parallel} at a time, {pause} s between requests.</source>
        <translation>已在另一台电脑上修改：同时 {parallel} 个请求，间隔 {pause} 秒。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="120"/>
        <source>Saved: {parallel} at a time, {pause} s between requests.</source>
        <translation>已保存：同时 {parallel} 个请求，间隔 {pause} 秒。</translation>
    </message>
</context>
<context>
    <name>AfterSend</name>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/after_send.py" line="62"/>
        <source>The Recipients box now holds only the %Ln number(s) not accepted; the text is kept.</source>
        <translation>
            <numerusform>收件人框里现在只留下未被接收的 %Ln 个号码，短信内容保留不变。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/after_send.py" line="69"/>
        <source>The boxes are cleared for the next message (Ctrl+Z in a box brings its text back).</source>
        <translation>号码和内容已清空，可以写下一条了（在框里按 Ctrl+Z 可恢复原来的内容）。</translation>
    </message>
</context>
<context>
    <name>BalanceGauge</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/balance_gauge.py" line="44"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/balance_gauge.py" line="76"/>
        <source>owes ¥{amount}</source>
        <translation>欠费 {amount} 元</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/balance_gauge.py" line="85"/>
        <source>warning below ¥{amount}</source>
        <translation>低于 {amount} 元时提醒</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/busy.py" line="29"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>CampaignControl</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="82"/>
        <source>This campaign waits until the one sending now is done.</source>
        <translation>这次群发将等正在进行的发送完成后再开始。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="86"/>
        <source>Not started: the team database cannot be reached, and messages are only sent once they can be recorded there. Start it again when the status bar no longer shows the problem.</source>
        <translation>没有开始发送：团队数据库连不上，而短信要先能在那里记下才会发出。等状态栏不再提示这个问题后，再点开始。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="116"/>
        <source>{desk} is sending this campaign.</source>
        <translation>“{desk}”正在发送这个群发任务。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="138"/>
        <source>Not started yet: this campaign is still being saved at “{desk}” ({saved} of {total} messages saved). It starts by itself once it is saved, never from a partly saved list.</source>
        <translation>尚未开始：这个群发任务还在“{desk}”保存中（已保存 {saved} / {total} 条）。保存完后会自动开始，绝不会按只保存了一部分的名单发送。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="172"/>
        <source>This campaign is being sent from the Send tab; wait until it is done.</source>
        <translation>这次群发正在“发送”页发送，请等它发完。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="202"/>
        <source>Pausing after the requests already on their way…</source>
        <translation>正在暂停：等已提交的请求完成后暂停…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="231"/>
        <source>The campaign is cancelled: %Ln message(s) were not sent.</source>
        <translation>
            <numerusform>群发已取消：有 %Ln 条短信没有发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="257"/>
        <source>Its time has come: it starts as soon as the account&apos;s password is known.</source>
        <translation>发送时间已到：账户密码一确认就会开始发送。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="262"/>
        <source>No gateway account is set up yet, so nothing was sent. Open Account › Account settings…, then click Resume.</source>
        <translation>还没有设置网关账户，所以没有发送任何短信。请打开“账户 › 账户设置…”，然后点击“继续发送”。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="271"/>
        <source>This campaign belongs to account {owner}. Switch to that account to send it.</source>
        <translation>这次群发属于账户 {owner}。请切换到该账户后再发送。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="283"/>
        <source>%Ln number(s) were not sent: they opted out (e.g. replied R) after they were chosen.</source>
        <translation>
            <numerusform>有 %Ln 个号码没有发送：它们在选定之后退订了（例如回复了 R）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="292"/>
        <source>Sending stopped: {reason}</source>
        <translation>发送已中止：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="307"/>
        <source>{accepted} accepted, {refused} refused, {uncertain} uncertain.</source>
        <translation>提交成功 {accepted} 个，被拒绝 {refused} 个，不确定 {uncertain} 个。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="311"/>
        <source>Balance too low: the campaign is paused. Top up the account, then click Resume. ({reason}) {counts}</source>
        <translation>余额不足：群发已暂停。请为账户充值，然后点击“继续发送”。（{reason}）{counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="315"/>
        <source>Sending paused: {reason} Click Resume to carry on. {counts}</source>
        <translation>发送已暂停：{reason} 点击“继续发送”即可接着发。{counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="318"/>
        <source>Sending stopped: {reason} Once that is fixed, click Resume. {counts}</source>
        <translation>发送已中止：{reason} 问题解决后，请点击“继续发送”。{counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="321"/>
        <source>Paused. Click Resume to send the rest. {counts}</source>
        <translation>已暂停。点击“继续发送”发送剩余部分。{counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="324"/>
        <source>Sent, but %Ln message(s) are uncertain: the gateway did not answer in time. They are never sent again by themselves; wait for their delivery reports or decide with “Uncertain batches…”. {counts}</source>
        <translation>
            <numerusform>已发送，但有 %Ln 条短信不确定：网关没有及时应答。它们不会被自动重发；请等待状态报告，或通过“不确定的批次…”处理。{counts}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="329"/>
        <source>Sent; the gateway refused some numbers (the table says why). {counts}</source>
        <translation>已发送；网关拒绝了部分号码（原因见表格）。{counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="331"/>
        <source>Sent: all %Ln number(s) accepted by the gateway. Delivery reports follow.</source>
        <translation>
            <numerusform>已发送：网关已接收全部 %Ln 个号码。状态报告稍后送达。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignLauncher</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="98"/>
        <source>{file} {time}</source>
        <translation>{file} {time}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="144"/>
        <source>No failed row is left to send again.</source>
        <translation>没有需要重新发送的失败行。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="156"/>
        <source>{name} (failed rows again)</source>
        <translation>{name}（重发失败行）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="179"/>
        <source>Nothing was sent: {reason}</source>
        <translation>没有发送：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="272"/>
        <source>The campaign was not created: {reason}</source>
        <translation>未能创建群发：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="304"/>
        <source>%Ln number(s) opted out while you were confirming (e.g. replied R): they are not sent.</source>
        <translation>
            <numerusform>有 %Ln 个号码在您确认期间退订了（例如回复了 R），不会发送给它们。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="318"/>
        <source>Scheduled for {time}. juhe-desk must be running then (if it is closed, the campaign waits until it is opened again).</source>
        <translation>已定时于 {time}。届时 juhe-desk 必须在运行（如果程序已关闭，群发会等到下次打开时再开始）。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="333"/>
        <source>This campaign was not made from a spreadsheet, so there is no sheet to write its results into.</source>
        <translation>这次群发不是从表格创建的，所以没有可以写入结果的表格。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="337"/>
        <source>{name} failed rows.xlsx</source>
        <translation>{name} 发送失败的行.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="338"/>
        <source>{name} results.xlsx</source>
        <translation>{name} 发送结果.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="339"/>
        <source>Save the results</source>
        <translation>保存发送结果</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="340"/>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="366"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="354"/>
        <source>Saving the results…</source>
        <translation>正在保存发送结果…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="357"/>
        <source>The results were saved to {path}.</source>
        <translation>发送结果已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="364"/>
        <source>Save the rows not sent</source>
        <translation>保存不发送的行</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="365"/>
        <source>{name} rows not sent.xlsx</source>
        <translation>{name} 不发送的行.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="376"/>
        <source>The rows not sent were saved to {path}.</source>
        <translation>不发送的行已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="184"/>
        <source>Asking the other desk to pause: it stops before its next batch.</source>
        <translation>正在让另一台电脑暂停：它发完手上这一批就停下。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="196"/>
        <source>Take over this campaign?</source>
        <translation>接手这个群发任务？</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="197"/>
        <source>Take over and send the rest</source>
        <translation>接手并发送剩下的</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="197"/>
        <source>Not now</source>
        <translation>先不接手</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="208"/>
        <source>“{desk}” was sending “{name}” and is off line now. If you take it over, this computer sends the %Ln message(s) not sent yet.</source>
        <translation>
            <numerusform>“{desk}”之前在发送“{name}”，现在已经离线。接手后，由这台电脑发送还没发出的 %Ln 条短信。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="213"/>
        <source>%Ln message(s) may or may not have gone (the other desk was sending them, or they were uncertain already). They are marked uncertain and never sent again by themselves: wait for their delivery reports, or decide each batch with “Uncertain batches…”.</source>
        <translation>
            <numerusform>有 %Ln 条短信不确定是否已经发出（那台电脑当时正在发送它们，或者它们本来就不确定）。它们会标为“不确定”，不会自动重发：请等状态报告，或通过“不确定的批次…”逐批决定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="38"/>
        <source>{state} (being saved at {desk}: {saved}/{total})</source>
        <translation>{state}（“{desk}”保存中 {saved}/{total}）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="45"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="48"/>
        <source>{desk} is sending</source>
        <translation>{desk} 正在发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="50"/>
        <source>Interrupted: {desk} is off line</source>
        <translation>已中断：{desk} 已离线</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="52"/>
        <source>Interrupted at {desk}</source>
        <translation>已中断（{desk}）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="53"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="55"/>
        <source>Scheduled for {time}</source>
        <translation>定时于 {time}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="56"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="56"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="56"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="57"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="57"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="79"/>
        <source>Campaign</source>
        <translation>群发任务</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="79"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="79"/>
        <source>Messages</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="79"/>
        <source>Sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="80"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="80"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="80"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="80"/>
        <source>Uncertain</source>
        <translation>不确定</translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="51"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="51"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="51"/>
        <source>Report</source>
        <translation>状态报告</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="51"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="52"/>
        <source>Message ID</source>
        <translation>消息ID</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="52"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="52"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="52"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="83"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="84"/>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="349"/>
        <source>&amp;Resume</source>
        <translation>继续发送(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="85"/>
        <source>Cancel campaign…</source>
        <translation>取消群发…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="87"/>
        <source>&amp;Take over and send…</source>
        <translation>接手继续发送(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="90"/>
        <source>The desk that was sending this campaign is off line: send the rest from here</source>
        <translation>原来发送这个任务的电脑已离线：由这台电脑发送剩下的</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="99"/>
        <source>&amp;Export results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="101"/>
        <source>Your spreadsheet with the columns 发送结果, 状态报告, 原因, 消息ID and 时间 added</source>
        <translation>在您的表格后面加上“发送结果、状态报告、原因、消息ID、时间”几列</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="103"/>
        <source>Export failed rows…</source>
        <translation>导出发送失败的行…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="105"/>
        <source>Send failed rows again…</source>
        <translation>重新发送失败的行…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="107"/>
        <source>Uncertain batches…</source>
        <translation>不确定的批次…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="305"/>
        <source>By carrier: {rates}</source>
        <translation>按运营商：{rates}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="310"/>
        <source>{total} messages: {delivered} delivered · {failed} failed · {submitted} awaiting report · {pending} not sent yet · {uncertain} uncertain</source>
        <translation>共 {total} 条：成功 {delivered} · 失败 {failed} · 等待报告 {submitted} · 尚未发送 {pending} · 不确定 {uncertain}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="315"/>
        <source>{n} not sent: opted out</source>
        <translation>{n} 条因退订未发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="348"/>
        <source>Send &amp;now</source>
        <translation>立即发送(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_parts.py" line="51"/>
        <source>Cancel this campaign?</source>
        <translation>取消这次群发？</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_parts.py" line="52"/>
        <source>The messages not sent yet will not be sent. What went already cannot be called back.</source>
        <translation>尚未发送的短信将不再发送。已经发出的无法撤回。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_parts.py" line="53"/>
        <source>Cancel the campaign</source>
        <translation>取消群发</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_parts.py" line="53"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="407"/>
        <source>%Ln batch(es) will be sent again: click Resume.</source>
        <translation>
            <numerusform>%Ln 个批次将重新发送：请点击“继续发送”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignTotalsView</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="96"/>
        <source>Choose a campaign above to see how many of its messages arrived.</source>
        <translation>在上方选择一个群发任务，查看其中有多少条短信已送达。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="105"/>
        <source>{name}: %Ln message(s)</source>
        <translation>
            <numerusform>{name}：共 %Ln 条短信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="107"/>
        <source>Delivered {n}</source>
        <translation>发送成功 {n}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="108"/>
        <source>Failed {n}</source>
        <translation>发送失败 {n}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="109"/>
        <source>Pending {n}</source>
        <translation>等待报告 {n}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="110"/>
        <source>Not sent, opted out {n}</source>
        <translation>已退订未发送 {n}</translation>
    </message>
</context>
<context>
    <name>CarrierRatesView</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="109"/>
        <source>The rates by carrier cannot be read now: {reason}</source>
        <translation>按运营商的比例现在读不出来：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="130"/>
        <source>By carrier, the messages of {name}:</source>
        <translation>按运营商（{name} 的短信）：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="131"/>
        <source>By carrier, the reports shown:</source>
        <translation>按运营商（筛选出的状态报告）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="141"/>
        <source>{carrier} · %Ln message(s)</source>
        <translation>
            <numerusform>{carrier} · %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="143"/>
        <source>delivered {rate}</source>
        <translation>送达 {rate}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="145"/>
        <source>failed {rate}</source>
        <translation>失败 {rate}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="149"/>
        <source>{carrier}: %Ln message(s), {delivered} delivered, {failed} failed</source>
        <translation>
            <numerusform>{carrier}：共 %Ln 条，送达 {delivered} 条，失败 {failed} 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarrierText</name>
    <message>
        <location filename="../../juhe_desk/ui/carrier_text.py" line="31"/>
        <source>{carrier}: {delivered} delivered, {failed} failed</source>
        <translation>{carrier}：送达 {delivered}，失败 {failed}</translation>
    </message>
</context>
<context>
    <name>CheckedDetailsLabel</name>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="41"/>
        <source>%Ln SMS in all</source>
        <translation>
            <numerusform>共 %Ln 条短信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="43"/>
        <source>, about ¥{cost}</source>
        <translation>，约 {cost} 元</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="46"/>
        <source>%Ln number(s) get more than one text</source>
        <translation>
            <numerusform>%Ln 个号码会收到不止一条短信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="49"/>
        <source>by carrier: {counts}</source>
        <translation>运营商：{counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="52"/>
        <source>%Ln row(s) need an extra SMS (highlighted)</source>
        <translation>
            <numerusform>%Ln 行需要多计费一条（已突出显示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="55"/>
        <source>%Ln row(s) without text</source>
        <translation>
            <numerusform>%Ln 行没有内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="57"/>
        <source>%Ln text(s) with a line break, sent separately</source>
        <translation>
            <numerusform>%Ln 条内容含换行，将逐条发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="61"/>
        <source>use a default…</source>
        <translation>填默认值…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="64"/>
        <source>Empty field: {field} (%Ln row(s), not sent)</source>
        <translation>
            <numerusform>字段为空: {field}（%Ln 行，不发送）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChinaTimeNote</name>
    <message>
        <location filename="../../juhe_desk/ui/china_clock.py" line="38"/>
        <source>Times are China time (UTC+8)</source>
        <translation>时间均为北京时间</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/china_clock.py" line="40"/>
        <source>The SMS gateway and your customers go by China time, so juhe-desk shows every time, and schedules sends, in China time, whatever this computer&apos;s clock is set to.</source>
        <translation>短信网关和您的客户都按北京时间，所以本软件显示的时间和定时发送都按北京时间，与这台电脑的时钟设置无关。</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="68"/>
        <source>&amp;Send…</source>
        <translation>发送(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="69"/>
        <source>Check the numbers and the cost, then send (Ctrl+Enter)</source>
        <translation>检查号码和费用，然后发送 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="73"/>
        <source>%v of %m batches</source>
        <translation>第 %v 批，共 %m 批</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="75"/>
        <source>Stop sending</source>
        <translation>停止发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="174"/>
        <source>A send is running</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="175"/>
        <source>Messages are being sent right now. If you close the window, sending stops after the current batch and the remaining numbers are not sent.</source>
        <translation>短信正在发送中。如果现在关闭窗口，将在当前这一批发送完后停止，剩余的号码不会发送。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="177"/>
        <source>Stop sending and close</source>
        <translation>停止发送并关闭</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="177"/>
        <source>Keep sending</source>
        <translation>继续发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="191"/>
        <source>No gateway account is set up yet. Open Account › Account settings… and enter the account and password the gateway administrator gave you.</source>
        <translation>还没有设置网关账户。请打开“账户 › 账户设置…”，填写网关管理员给您的账户和密码。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="196"/>
        <source>The password of account {account} is not known on this computer. Open Account › Account settings… and enter it again.</source>
        <translation>这台电脑上没有账户 {account} 的密码。请打开“账户 › 账户设置…”重新填写。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="219"/>
        <source>Nothing was sent: {reason}</source>
        <translation>没有发送：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="225"/>
        <source>%Ln number(s) that got this text in the last 24 hours are left out.</source>
        <translation>
            <numerusform>已跳过 %Ln 个在 24 小时内收到过这条短信的号码。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="243"/>
        <source>Every number is on the opt-out list, so there is nobody to send to. Tick “Include opted-out numbers” only if they agreed to get this message.</source>
        <translation>所有号码都在退订名单中，没有可发送的号码。只有在对方同意接收这条短信时，才勾选“包括已退订的号码”。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="247"/>
        <source>Enter at least one valid mobile number in the Recipients box.</source>
        <translation>请在“收件人”框中至少填写一个有效的手机号码。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="252"/>
        <source>Type the message text first.</source>
        <translation>请先填写短信内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="273"/>
        <source>Nothing was sent: the team database cannot be reached, and messages are only sent once they can be recorded there. You can go on writing; send again when the status bar no longer shows the problem.</source>
        <translation>没有发送：团队数据库连不上，而短信要先能在那里记下才会发出。可以继续编辑短信；等状态栏不再提示这个问题后再发送。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="284"/>
        <source>Quick send {time}</source>
        <translation>快速发送 {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="291"/>
        <source>Sending to %Ln number(s)…</source>
        <translation>
            <numerusform>正在向 %Ln 个号码发送…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="300"/>
        <source>Stopping after the requests already on their way…</source>
        <translation>正在停止：等已提交的请求完成后停止…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="309"/>
        <source>Sending… {accepted} accepted, {refused} refused so far.</source>
        <translation>正在发送…目前已提交成功 {accepted} 个，被拒绝 {refused} 个。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="323"/>
        <source>The send did not start: {reason}</source>
        <translation>未能开始发送：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="342"/>
        <source>{accepted} accepted, {refused} refused.</source>
        <translation>提交成功 {accepted} 个，被拒绝 {refused} 个。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="345"/>
        <source>Sending stopped: {reason} {counts}</source>
        <translation>发送已中止：{reason} {counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="348"/>
        <source>Sending was stopped as you asked; the remaining numbers were not sent. {counts}</source>
        <translation>已按您的要求停止发送，剩余的号码没有发送。{counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="352"/>
        <source>%Ln number(s) may or may not have received the message: the gateway did not answer in time. Do not send to them again before their delivery reports arrive (Delivery reports tab). {counts}</source>
        <translation>
            <numerusform>有 %Ln 个号码不确定是否已收到短信：网关没有及时应答。在收到它们的状态报告（“状态报告”页）之前，请不要再次发送给这些号码。{counts}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="357"/>
        <source>Sent, but the gateway refused some numbers; the table says why. {counts}</source>
        <translation>已发送，但网关拒绝了部分号码，原因见表格。{counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="359"/>
        <source>All %Ln number(s) accepted by the gateway. Delivery reports will follow in the Delivery reports tab.</source>
        <translation>
            <numerusform>网关已接收全部 %Ln 个号码。状态报告稍后会显示在“状态报告”页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="364"/>
        <source>%Ln number(s) opted out while you were confirming (e.g. replied R): they are left out. Sending to the others…</source>
        <translation>
            <numerusform>有 %Ln 个号码在您确认期间退订了（例如回复了 R），已排除。正在发送给其余号码…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="374"/>
        <source>Nothing was sent: every number opted out (e.g. replied R) after you chose it.</source>
        <translation>没有发送任何短信：所有号码在您选定之后都退订了（例如回复了 R）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="376"/>
        <source>%Ln number(s) were not sent: they opted out (e.g. replied R) after you chose them.</source>
        <translation>
            <numerusform>有 %Ln 个号码没有发送：它们在您选定之后退订了（例如回复了 R）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="35"/>
        <source>Send these messages?</source>
        <translation>确认发送这些短信？</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="44"/>
        <source>Each number gets this text:</source>
        <translation>每个号码都将收到以下内容：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="50"/>
        <source>Send to %Ln number(s)</source>
        <translation>
            <numerusform>发送给 %Ln 个号码</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="60"/>
        <source>Numbers:</source>
        <translation>号码数：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="61"/>
        <source>By carrier:</source>
        <translation>运营商：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="63"/>
        <source>SMS per number:</source>
        <translation>每个号码的短信条数：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="64"/>
        <source>SMS in all:</source>
        <translation>短信总条数：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="65"/>
        <source>Estimated cost:</source>
        <translation>预计费用：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="66"/>
        <source>Balance:</source>
        <translation>余额：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="68"/>
        <source>unknown: it could not be checked. You can still send; the gateway refuses the numbers the balance cannot pay for.</source>
        <translation>未知：无法查询余额。您仍然可以发送；余额不足以支付的号码会被网关拒绝。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="70"/>
        <source>¥{amount} (pre-paid); about ¥{left} left after this send</source>
        <translation>{amount} 元（预付费），本次发送后约剩 {left} 元</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="79"/>
        <source>%Ln invalid entry(ies) will be skipped.</source>
        <translation>
            <numerusform>%Ln 个无效条目将被跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="81"/>
        <source>%Ln repeated number(s) get the message only once.</source>
        <translation>
            <numerusform>%Ln 个重复的号码只发送一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="84"/>
        <source>%Ln number(s) on the opt-out list are left out.</source>
        <translation>
            <numerusform>退订名单中的 %Ln 个号码不发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="87"/>
        <source>%Ln number(s) on the opt-out list are included, as you chose.</source>
        <translation>
            <numerusform>按您的选择，退订名单中的 %Ln 个号码也会发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="94"/>
        <source>This cannot be sent: the pre-paid balance is used up (¥{amount}). Ask the gateway administrator to top up the account, then send again.</source>
        <translation>无法发送：预付费余额已用完（{amount} 元）。请联系网关管理员为账户充值后再发送。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="97"/>
        <source>This cannot be sent: it costs about ¥{cost}, but the pre-paid balance is only ¥{amount} (¥{short} short). Ask the gateway administrator to top up the account, or send to fewer numbers or a shorter text.</source>
        <translation>无法发送：本次约需 {cost} 元，但预付费余额只有 {amount} 元（差 {short} 元）。请联系网关管理员充值，或减少号码、缩短内容。</translation>
    </message>
</context>
<context>
    <name>ContentPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="49"/>
        <source>Message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="53"/>
        <source>Put a saved text into the message box</source>
        <translation>把已保存的模板填入短信内容框</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="54"/>
        <source>Save as template…</source>
        <translation>存为模板…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="56"/>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="275"/>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="59"/>
        <source>Type the message here.</source>
        <translation>在这里输入短信内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="69"/>
        <source>Add an opt-out note:</source>
        <translation>添加退订提示：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="73"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="137"/>
        <source>{chars} characters · {parts} part(s)</source>
        <translation>{chars} 个字 · 计 {parts} 条</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="144"/>
        <source>%Ln more character(s) make it {parts} parts</source>
        <translation>
            <numerusform>再多 %Ln 个字就变成 {parts} 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="154"/>
        <source>No signature is set for this account. Most gateways refuse a message without its registered 【signature】: add it in Account settings, or type it into the text.</source>
        <translation>这个账户没有设置签名。大多数网关会拒绝不带已报备【签名】的短信：请在“账户设置”中添加，或直接写进短信内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="158"/>
        <source>The signature {signature} is added at the start and counted above.</source>
        <translation>签名 {signature} 会自动加在开头，已计入上面的字数。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="160"/>
        <source>The text holds the signature {signature}.</source>
        <translation>短信内容中已包含签名 {signature}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="202"/>
        <source>Choose a saved text…</source>
        <translation>选择已保存的模板…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="214"/>
        <source>The saved texts cannot be read now: {reason}</source>
        <translation>现在读不到保存的常用短信：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="238"/>
        <source>Type the text first, then save it as a template.</source>
        <translation>请先输入内容，再存为模板。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="243"/>
        <source>Save as template</source>
        <translation>存为模板</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="244"/>
        <source>Name of the template (a template with the same name is replaced):</source>
        <translation>模板名称（同名的模板会被替换）：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="276"/>
        <source>Delete the template “{name}”? The message box keeps its text.</source>
        <translation>删除模板“{name}”？短信内容框中的文字会保留。</translation>
    </message>
</context>
<context>
    <name>ConversationListDelegate</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/conversation_delegates.py" line="198"/>
        <source>opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/conversation_delegates.py" line="200"/>
        <source>check</source>
        <translation>待确认</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="78"/>
        <source>We sent</source>
        <translation>我们发出</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="78"/>
        <source>They replied</source>
        <translation>客户回复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="92"/>
        <source>Sent in “{campaign}”, {parts} SMS part(s)</source>
        <translation>来自“{campaign}”，计 {parts} 条短信</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="105"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="107"/>
        <source>Sent, waiting for its delivery report</source>
        <translation>已发出，等待状态报告</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="109"/>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="112"/>
        <source>Not delivered: {reason}</source>
        <translation>未送达：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="115"/>
        <source>Refused by the gateway: {reason}</source>
        <translation>网关拒收：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="118"/>
        <source>Not sent: the number is on the opt-out list</source>
        <translation>未发送：号码在退订名单上</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="119"/>
        <source>Unknown whether it was sent: wait for its delivery report</source>
        <translation>不确定是否已发出：请等待状态报告</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="124"/>
        <source>Opt-out: the number was put on the opt-out list</source>
        <translation>退订：号码已加入退订名单</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="126"/>
        <source>Looks like a request to stop messages: check it</source>
        <translation>像是要求不再发短信：请确认</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="130"/>
        <source>Answers “{campaign}”</source>
        <translation>回复的是“{campaign}”</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="131"/>
        <source>Probably answers “{campaign}” (a guess: the latest message sent to this number)</source>
        <translation>可能回复的是“{campaign}”（推测：发给该号码的最近一条短信）</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="115"/>
        <source>Opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="118"/>
        <source>Mark as &amp;handled</source>
        <translation>标记为已处理(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="119"/>
        <source>Its replies no longer count as unread</source>
        <translation>这个对话的回复不再算作未处理</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="154"/>
        <source>Choose a conversation on the left to see what was sent and replied, and to answer.</source>
        <translation>点左边的一个对话，查看发给客户的短信和客户的回复，并在这里回复。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="173"/>
        <source>Not sent.</source>
        <translation>没有发送。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="232"/>
        <source>%Ln earlier message(s) are not shown.</source>
        <translation>
            <numerusform>更早的 %Ln 条短信没有显示。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="299"/>
        <source>Type the reply first.</source>
        <translation>请先输入回复内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="305"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="306"/>
        <source>Reply to {mobile}</source>
        <translation>回复 {mobile}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="322"/>
        <source>Sent. Its delivery report will show here.</source>
        <translation>已发出，状态报告到了会显示在上面。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="324"/>
        <source>Not sent: the number is on the opt-out list.</source>
        <translation>没有发送：号码在退订名单上。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="327"/>
        <source>The gateway did not answer in time: the reply may or may not have gone. Wait for its delivery report before sending it again.</source>
        <translation>网关没有及时回应：这条回复可能已发出，也可能没有。请等状态报告到了再决定是否重发。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="331"/>
        <source>The gateway refused the reply: the conversation above says why.</source>
        <translation>网关拒收了这条回复，原因见上面的对话。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="334"/>
        <source>The reply was not sent: {reason}</source>
        <translation>回复没有发出：{reason}</translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/models/conversations_model.py" line="111"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/models/conversations_model.py" line="118"/>
        <source>%n reply(ies) not handled yet</source>
        <translation>
            <numerusform>%n 条回复还未处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversations_model.py" line="74"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversations_model.py" line="119"/>
        <source>On the opt-out list</source>
        <translation>在退订名单上</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversations_model.py" line="121"/>
        <source>The latest reply looks like a request to stop messages: check it</source>
        <translation>最新的回复像是要求不再发短信：请确认</translation>
    </message>
</context>
<context>
    <name>ConversationsPane</name>
    <message>
        <location filename="../../juhe_desk/ui/conversation/conversations_pane.py" line="66"/>
        <source>Only not handled</source>
        <translation>只看未处理</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/conversations_pane.py" line="67"/>
        <source>Show only the conversations with replies nobody has handled yet</source>
        <translation>只显示有未处理回复的对话</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="43"/>
        <source>Daily totals</source>
        <translation>每日统计</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="58"/>
        <source>%Ln message(s) sent</source>
        <translation>
            <numerusform>已发送 %Ln 条短信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="60"/>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="184"/>
        <source>success rate {rate:.1f}%</source>
        <translation>成功率 {rate:.1f}%</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="91"/>
        <source>No SMS sent in this period</source>
        <translation>这段时间没有发送短信</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="153"/>
        <source>Delivered</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="153"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="154"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="154"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="179"/>
        <source>{day}: {total} sent, {success} delivered, {fail} failed, {unknown} unknown</source>
        <translation>{day}：发送 {total} 条，成功 {success} 条，失败 {fail} 条，未知 {unknown} 条</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="53"/>
        <source>&amp;Back up data…</source>
        <translation>备份数据(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="56"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="99"/>
        <source>No automatic backup was made today: {reason}</source>
        <translation>今天没有做自动备份：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="140"/>
        <source>Back up data to</source>
        <translation>把数据备份到</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="153"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="159"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="164"/>
        <source>No backup was made</source>
        <translation>没有做备份</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="171"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="184"/>
        <source>Checking the backup file…</source>
        <translation>正在检查备份文件…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="192"/>
        <source>This file cannot be restored</source>
        <translation>无法用这个文件恢复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="200"/>
        <source>Restore this backup?</source>
        <translation>用这个备份恢复吗？</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="204"/>
        <source>The data now in juhe-desk will be replaced by the backup {path} (it was checked and is sound). The current data file is kept in the data folder as {name}; nothing is deleted. juhe-desk then reopens its data.</source>
        <translation>juhe-desk 现在的数据将被备份 {path} 替换（该备份已检查，完好无损）。当前的数据文件会改名为 {name} 保留在数据文件夹中，不会删除任何文件。之后 juhe-desk 会重新打开数据。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="209"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="221"/>
        <source>Restored from {path}; the data file before it was kept as {name}.</source>
        <translation>已从 {path} 恢复；原来的数据文件已保留为 {name}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="248"/>
        <source>The data file was not replaced: {reason}</source>
        <translation>数据文件没有被替换：{reason}</translation>
    </message>
</context>
<context>
    <name>DatabaseRescueDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="122"/>
        <source>juhe-desk cannot read its data file properly: it is damaged. This usually comes from a power cut, a forced shutdown or a failing disk.</source>
        <translation>juhe-desk 无法正常读取数据文件：文件已损坏。这通常是停电、强制关机或磁盘故障造成的。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="125"/>
        <source>The check of the data file found damage in it: part of the history cannot be read. This usually comes from a power cut, a forced shutdown or a failing disk.</source>
        <translation>检查数据文件时发现了损坏：部分历史记录无法读取。这通常是停电、强制关机或磁盘故障造成的。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="128"/>
        <source>Whatever you choose, the damaged file is kept in the data folder under a new name with today&apos;s date ({name}); it is never deleted.</source>
        <translation>无论选择哪一项，损坏的文件都会改名（加上今天的日期：{name}）保留在数据文件夹中，不会被删除。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="132"/>
        <source>No automatic backup was found.</source>
        <translation>没有找到自动备份。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="133"/>
        <source>The data file is damaged</source>
        <translation>数据文件已损坏</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="135"/>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="136"/>
        <source>The disk is full: juhe-desk cannot open its data file. Free some disk space (delete files you no longer need, empty the recycle bin), then click “Try again”. Nothing was changed in your data.</source>
        <translation>磁盘已满：juhe-desk 无法打开数据文件。请清理磁盘空间（删除不需要的文件、清空回收站），然后点击“重试”。您的数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="140"/>
        <source>The data folder cannot be written</source>
        <translation>数据文件夹无法写入</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="141"/>
        <source>juhe-desk cannot write in its data folder ({folder}): it may be on a read-only or write-protected disk, or you may not write there. Make the folder writable (or ask whoever looks after this computer), then click “Try again”. Nothing was changed in your data.</source>
        <translation>数据文件夹无法写入（{folder}）：它可能在只读或写保护的磁盘上，或者您没有写入权限。请让该文件夹可以写入（或请管理这台电脑的人帮忙），然后点击“重试”。您的数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="146"/>
        <source>The data file is in use</source>
        <translation>数据文件正被使用</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="147"/>
        <source>Another program is using the data file; perhaps juhe-desk is already open. Close it, then click “Try again”.</source>
        <translation>另一个程序正在使用数据文件，可能 juhe-desk 已经打开了。请关闭它，然后点击“重试”。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="150"/>
        <source>The data file cannot be read or written</source>
        <translation>无法读写数据文件</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="151"/>
        <source>Reading or writing the data file failed ({folder}): the disk may be failing or unplugged. Check the disk, then click “Try again”.</source>
        <translation>读写数据文件失败（{folder}）：磁盘可能有故障或已被拔出。请检查磁盘，然后点击“重试”。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="154"/>
        <source>The data file cannot be opened</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="155"/>
        <source>juhe-desk could not start</source>
        <translation>juhe-desk 无法启动</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="156"/>
        <source>Something unexpected went wrong while opening the data file; it was not changed. Click “Try again”; if it happens again, send the log file to whoever helps you with juhe-desk.</source>
        <translation>打开数据文件时发生了意外错误，文件没有被改动。请点击“重试”；如果仍然出错，请把日志文件发给帮您维护 juhe-desk 的人。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="167"/>
        <source>Restore the latest automatic backup</source>
        <translation>恢复最近的自动备份</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="168"/>
        <source>Go back to the backup made on {date}. What happened after it (sends, delivery reports, replies) will be missing.</source>
        <translation>恢复到 {date} 做的备份。在那之后的记录（发送、状态报告、回复）将会缺失。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="173"/>
        <source>Start with a new, empty data file</source>
        <translation>使用新的空数据文件</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="174"/>
        <source>Start from nothing: the account has to be set up again (the password stays in the system keyring) and the history is not shown.</source>
        <translation>从头开始：需要重新设置账户（密码仍保存在系统钥匙串中），以前的历史记录不会显示。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="177"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="178"/>
        <source>Once the problem above is solved.</source>
        <translation>请先解决上面说的问题。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="179"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="180"/>
        <source>Change nothing for now; the data folder can be shown to someone who can help.</source>
        <translation>暂时不做任何改动；可以把数据文件夹交给能帮忙的人查看。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="186"/>
        <source>Data folder: {folder}</source>
        <translation>数据文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="188"/>
        <source>The details are in the log file: {path}</source>
        <translation>详细信息已写入日志文件：{path}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="191"/>
        <source>Technical detail: {detail}</source>
        <translation>技术信息：{detail}</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/demo_banner.py" line="15"/>
        <source>{app} — demo mode</source>
        <translation>{app} — 演示模式</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/demo_banner.py" line="20"/>
        <source>Demo mode: messages go to a simulated gateway on this computer, never to a phone. The demo&apos;s balance and history are kept in a data folder of their own.</source>
        <translation>演示模式：短信只发到这台电脑上的模拟网关，不会发到任何手机。演示的余额和记录保存在单独的演示数据文件夹里，和正式数据分开。</translation>
    </message>
</context>
<context>
    <name>FieldDefaultDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="36"/>
        <source>A default for {field}</source>
        <translation>{field} 的默认值</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="40"/>
        <source>%Ln row(s) have no {field}. Type what the text should say there instead, e.g. 顾客 for a missing name; it is used in every row whose {field} is blank.</source>
        <translation>
            <numerusform>有 %Ln 行没有填写 {field}。请输入在这里代替它的词，例如缺姓名时写“顾客”；凡是 {field} 为空的行都会用它。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="45"/>
        <source>e.g. 顾客</source>
        <translation>例如：顾客</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="52"/>
        <source>Use it for all</source>
        <translation>全部使用</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="78"/>
        <source>A default cannot hold braces { }.</source>
        <translation>默认值里不能有花括号 { }。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="80"/>
        <source>With nothing typed, the text simply leaves {field} out where it is blank.</source>
        <translation>不填写时，{field} 为空的行在这里什么也不写。</translation>
    </message>
</context>
<context>
    <name>FilePanel</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="101"/>
        <source>&amp;Open spreadsheet…</source>
        <translation>打开表格(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="102"/>
        <source>Excel (.xlsx, .xls), WPS, LibreOffice (.ods) or CSV. You can also drop a file on the window.</source>
        <translation>支持 Excel（.xlsx、.xls）、WPS、LibreOffice（.ods）或 CSV 文件。也可以直接把文件拖到窗口里。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="104"/>
        <source>No file opened yet.</source>
        <translation>还没有打开文件。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="107"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="110"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="113"/>
        <source>Separator:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="118"/>
        <source>Save a template workbook…</source>
        <translation>保存模板表格…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="121"/>
        <source>An empty workbook with the usual columns (姓名, 手机号, 单号, …) to fill in.</source>
        <translation>一个带有常用列（姓名、手机号、单号…）的空白表格，填好即可使用。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="125"/>
        <source>Reading… %p%</source>
        <translation>正在读取… %p%</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="126"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="140"/>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="144"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="143"/>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="143"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="143"/>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="143"/>
        <source>Bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="183"/>
        <source>Spreadsheets {patterns}</source>
        <translation>表格文件 {patterns}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="184"/>
        <source>Open a spreadsheet</source>
        <translation>打开表格</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="212"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="242"/>
        <source>{name}: %Ln row(s)</source>
        <translation>
            <numerusform>{name}：%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="256"/>
        <source>Reading {name} was cancelled.</source>
        <translation>已取消读取 {name}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="278"/>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="282"/>
        <source>Detect ({found})</source>
        <translation>自动识别（{found}）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="286"/>
        <source>Save the template workbook</source>
        <translation>保存模板表格</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="287"/>
        <source>customer-list.xlsx</source>
        <translation>客户名单.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="288"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="298"/>
        <source>The template was saved as {path}. Fill it in, save it, then open it here.</source>
        <translation>模板已保存为 {path}。填好并保存后，在这里打开它。</translation>
    </message>
</context>
<context>
    <name>HistoryMove</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="30"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="30"/>
        <source>Send batches</source>
        <translation>发送批次</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="31"/>
        <source>Delivery reports</source>
        <translation>状态报告</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="31"/>
        <source>Messages sent</source>
        <translation>发出的短信</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="32"/>
        <source>Opted-out numbers</source>
        <translation>退订号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="32"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="33"/>
        <source>Quick replies</source>
        <translation>常用回复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="33"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="34"/>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="34"/>
        <source>Customers&apos; names</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="40"/>
        <source>{what}: {moved:,} of {all:,}</source>
        <translation>{what}：共 {all:,}，已搬入 {moved:,}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="44"/>
        <source>Done. Everything this desk kept is in the team database now; every table was counted again to check:</source>
        <translation>搬入完成。本机的全部记录都已在团队数据库中，每一类都重新数过、核对无误：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="47"/>
        <source>Not everything arrived: some rows of this desk are not in the team database. Start the move again: it goes on where it stopped and copies nothing twice.</source>
        <translation>没有全部搬入：本机有些记录还不在团队数据库中。请再点一次“开始搬入”：会从停下的地方继续，不会重复。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="50"/>
        <source>This desk&apos;s own file is kept as it was: {path}</source>
        <translation>本机原来的数据文件原样保留：{path}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="61"/>
        <source>Move this desk&apos;s history into the team database</source>
        <translation>把本机的历史记录搬入团队数据库</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="77"/>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="189"/>
        <source>Start moving in</source>
        <translation>开始搬入</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="78"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="79"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="102"/>
        <source>This desk keeps its history on its own. To move it into the team database, first connect this desk to it (Account › Account settings › Team&apos;s shared database), start juhe-desk again, then come back here.</source>
        <translation>本机现在只用自己的数据文件。要把记录搬入团队数据库，请先在“账户 › 账户设置 › 团队共享数据库”里连上团队数据库，重新打开本软件，再回到这里。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="107"/>
        <source>This desk has no history of its own to move in: there is no data file in its data folder ({path}).</source>
        <translation>本机没有需要搬入的历史记录：数据文件夹（{path}）里没有数据文件。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="109"/>
        <source>This copies everything this desk kept on its own (campaigns and their messages, delivery reports, replies, the opt-out list, templates, quick replies, conversations) into the team database at {address}, beside what the other desks have there. Nothing is sent.

This desk&apos;s own file stays as it is. You can stop at any time and start again: the move goes on where it stopped and copies nothing twice. At the end every table is counted to check.</source>
        <translation>这会把本机自己保存的全部记录（活动和其中的短信、状态报告、回复、退订名单、模板、快捷回复、对话）复制到团队数据库 {address}，和其他电脑的记录放在一起。不会发送任何短信。

本机原来的数据文件原样保留。可以随时停止，之后再开始：会从停下的地方继续，不会重复。最后会逐类清点核对。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="133"/>
        <source>Reading this desk&apos;s file…</source>
        <translation>正在读取本机的数据文件…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="144"/>
        <source>Stopping after the current step…</source>
        <translation>做完当前这一步后停止…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="158"/>
        <source>Moved {done:,} of {total:,} records…</source>
        <translation>已搬入 {done:,} / {total:,} 条记录…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="165"/>
        <source>Moved in.</source>
        <translation>已搬入。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="165"/>
        <source>Not complete.</source>
        <translation>没有全部完成。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="169"/>
        <source>Stopped. What was moved stays in the team database; press “Start moving in” to go on from there.</source>
        <translation>已停止。已经搬入的记录留在团队数据库中；点“开始搬入”会从停下的地方继续。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="172"/>
        <source>The move stopped: {reason}
What was moved stays in the team database; once that is put right, start again to go on from there.</source>
        <translation>搬入中断了：{reason}
已经搬入的记录留在团队数据库中；问题解决后再点“开始搬入”，会从停下的地方继续。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="43"/>
        <source>Open a spreadsheet to begin.</source>
        <translation>请先打开一个表格。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="48"/>
        <source>Export rows not sent…</source>
        <translation>导出不发送的行…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="50"/>
        <source>The rows that will not be sent (invalid number, duplicate, opted out, no text), each with the reason, to fix and import again.</source>
        <translation>导出不会发送的行（号码无效、重复、已退订、无内容）及原因，改好后可重新导入。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="53"/>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="73"/>
        <source>&amp;Start campaign…</source>
        <translation>开始群发(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="55"/>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="56"/>
        <source>Rows not sent as they are</source>
        <translation>按现状不会发送的行</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="57"/>
        <source>Rows costing an extra SMS</source>
        <translation>需要多计费一条的行</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="121"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="158"/>
        <source>&amp;Open spreadsheet for bulk sending…</source>
        <translation>打开表格批量发送(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="161"/>
        <source>Save a &amp;template workbook…</source>
        <translation>保存模板表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/close_question.py" line="17"/>
        <source>A campaign is sending</source>
        <translation>正在群发</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/close_question.py" line="18"/>
        <source>A campaign is being sent right now. If you close the window, it pauses after the requests on their way; you can resume it the next time you open juhe-desk.</source>
        <translation>群发正在进行中。如果现在关闭窗口，会在已提交的请求完成后暂停；下次打开 juhe-desk 时可以继续发送。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/close_question.py" line="20"/>
        <source>Pause and close</source>
        <translation>暂停并关闭</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/close_question.py" line="20"/>
        <source>Keep sending</source>
        <translation>继续发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="265"/>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>请选择手机号所在的列。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="277"/>
        <source>Fix the message first: it names columns the sheet does not have (listed under it).</source>
        <translation>请先修改短信内容：其中用到了表格里没有的列（见下方）。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="280"/>
        <source>Fix the message first: see what is wrong under it.</source>
        <translation>请先修改短信内容：问题见下方。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="285"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>正在检查 %Ln 行…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="295"/>
        <source>{valid} valid · {invalid} invalid · {duplicates} duplicate · {opted_out} opted out</source>
        <translation>有效 {valid} · 无效 {invalid} · 重复 {duplicates} · 已退订 {opted_out}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="303"/>
        <source>Type the message to send, then check the texts below.</source>
        <translation>请输入要发送的短信内容，然后检查下方的内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="75"/>
        <source>&amp;Start again as a new campaign…</source>
        <translation>再次群发（新建任务）(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="77"/>
        <source>Re&amp;sume this campaign…</source>
        <translation>继续这次群发(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="79"/>
        <source>Set up the gateway account first: Account › Account settings…</source>
        <translation>请先设置网关账户：账户 › 账户设置…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="82"/>
        <source>Another campaign is being sent; start this one when it is done.</source>
        <translation>另一个群发正在进行；请等它完成后再开始这一个。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="85"/>
        <source>This sheet with this message was sent as “{name}” ({time}). A new campaign sends it again, after a warning.</source>
        <translation>这个表格用这段内容已作为“{name}”（{time}）发送过。新建的群发会再发一遍，开始前会先提醒。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="90"/>
        <source>This sheet with this message is campaign “{name}”, not finished yet: it is resumed, never started again from the first row.</source>
        <translation>这个表格用这段内容已是群发任务“{name}”，还没有发完：只会继续发送剩下的，不会从第一行重新开始。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="95"/>
        <source>Check the counts and the cost, then send now or at a chosen time (Ctrl+Enter)</source>
        <translation>检查数量和费用，然后立即发送或定时发送 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="118"/>
        <source>Campaign answered</source>
        <translation>回复的群发任务</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="118"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="118"/>
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="118"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="119"/>
        <source>Access code</source>
        <translation>接入号</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="161"/>
        <source>Sent to this number:
{text}</source>
        <translation>发给这个号码的短信：
{text}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="163"/>
        <source>A guess: the latest campaign sent to this number before the reply.</source>
        <translation>推测：这是客户回复之前发给该号码的最近一次群发。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="167"/>
        <source>Sure: the reply came to this campaign&apos;s own extension of the access number.</source>
        <translation>准确：客户回复的是这次群发专用的扩展号。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="174"/>
        <source>This reply asks to opt out: the number is on the opt-out list unless someone removed it.</source>
        <translation>这条回复要求退订：该号码已加入退订名单（除非有人把它移除了）。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="177"/>
        <source>This reply looks like a request to stop messages. Add the number to the opt-out list, or mark it as not an opt-out.</source>
        <translation>这条回复像是要求不再接收短信。请把该号码加入退订名单，或标记为“不是退订”。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="181"/>
        <source>Opt-out reply</source>
        <translation>退订回复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="183"/>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="189"/>
        <source>Likely opt-out: check it</source>
        <translation>疑似退订，请确认</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="189"/>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="203"/>
        <source>Opt-out</source>
        <translation>退订</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="75"/>
        <source>Find: the start of a number, a name, or words in a reply</source>
        <translation>查找：号码开头、客户姓名或回复里的字</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="81"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="82"/>
        <source>Save the replies shown to an Excel file</source>
        <translation>把当前显示的回复保存为 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="83"/>
        <source>Opt-out &amp;list…</source>
        <translation>退订名单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="123"/>
        <source>Open the conversation</source>
        <translation>打开对话</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="139"/>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="140"/>
        <source>All replies</source>
        <translation>全部回复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="192"/>
        <source>The push receiver did not start: {reason}</source>
        <translation>推送接收未能启动：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="230"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/replies_export.py" line="51"/>
        <source>replies-{date}.xlsx</source>
        <translation>回复-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/replies_export.py" line="54"/>
        <source>Export replies</source>
        <translation>导出回复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/replies_export.py" line="56"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/replies_export.py" line="70"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="273"/>
        <source>%Ln new reply(ies)</source>
        <translation>
            <numerusform>%Ln 条新回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="275"/>
        <source>, %Ln opt-out(s)</source>
        <translation>
            <numerusform>，%Ln 条退订</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="277"/>
        <source>, %Ln that look like opt-outs: check them</source>
        <translation>
            <numerusform>，%Ln 条疑似退订待确认</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="335"/>
        <source>Replies saved to {path}</source>
        <translation>回复已保存到 {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="348"/>
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="350"/>
        <source>%Ln reply(ies)</source>
        <translation>
            <numerusform>%Ln 条回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="368"/>
        <source>Export re&amp;plies…</source>
        <translation>导出回复(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="371"/>
        <source>&amp;Opt-out list…</source>
        <translation>退订名单(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="374"/>
        <source>&amp;Push receiver…</source>
        <translation>推送接收(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>InboxReview</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="47"/>
        <source>Replies that look like a request to stop messages (such as 别发了 or 不需要) but were not added to the opt-out list by themselves. Check each one.</source>
        <translation>看起来像要求不再接收短信的回复（例如“别发了”“不需要”），但没有自动加入退订名单。请逐条确认。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="49"/>
        <source>Add to &amp;opt-out list</source>
        <translation>加入退订名单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="51"/>
        <source>Put the senders of the selected replies on the opt-out list: they get no more messages</source>
        <translation>把选中回复的发送号码加入退订名单：以后不再给它们发短信</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="53"/>
        <source>&amp;Not an opt-out</source>
        <translation>不是退订(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="55"/>
        <source>The selected replies do not ask to stop: they no longer wait for a look</source>
        <translation>选中的回复并不是要退订：不再提示确认</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="63"/>
        <source>Add to opt-out list</source>
        <translation>加入退订名单</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="65"/>
        <source>Not an opt-out</source>
        <translation>不是退订</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="118"/>
        <source>Likely opt-outs to check (%Ln)</source>
        <translation>
            <numerusform>待确认的疑似退订（%Ln）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvalidNumbersDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/compose/invalid_numbers_dialog.py" line="30"/>
        <source>Invalid numbers</source>
        <translation>无效号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/invalid_numbers_dialog.py" line="43"/>
        <source>&amp;Copy list</source>
        <translation>复制列表(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/invalid_numbers_dialog.py" line="57"/>
        <source>%Ln entry(ies) of the recipients box are not usable mobile numbers and will be skipped. Correct them in the box, or leave them out.</source>
        <translation>
            <numerusform>收件人框中有 %Ln 个条目不是可用的手机号码，发送时将被跳过。请在框中改正，或者删掉它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvalidNumbersModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/invalid_numbers_model.py" line="21"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/invalid_numbers_model.py" line="21"/>
        <source>Why it cannot be used</source>
        <translation>无法使用的原因</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="94"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="95"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="112"/>
        <source>Account &amp;settings…</source>
        <translation>账户设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="115"/>
        <source>&amp;Add another account…</source>
        <translation>添加其他账户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="118"/>
        <source>&amp;Refresh balance</source>
        <translation>刷新余额(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="96"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="97"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="121"/>
        <source>Check for reports and replies &amp;now</source>
        <translation>立即查询状态报告和回复(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="123"/>
        <source>&amp;Team database on this computer…</source>
        <translation>本机团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="126"/>
        <source>&amp;Move this desk&apos;s history into the team database…</source>
        <translation>把本机历史记录搬入团队数据库(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="135"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="140"/>
        <source>&amp;About juhe-desk</source>
        <translation>关于 juhe-desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="142"/>
        <source>&amp;Copy diagnostics</source>
        <translation>复制诊断信息(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="63"/>
        <source>The team database can be reached again. Sending works again.</source>
        <translation>团队数据库已重新连上，可以继续发送了。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="66"/>
        <source>Team database unreachable: the network or its computer is down. Retrying…</source>
        <translation>团队数据库连不上：网络断了，或放数据库的电脑没开，正在重试…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="74"/>
        <source>Also on line: {desks}</source>
        <translation>同时在线：{desks}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="76"/>
        <source>No other desk on line</source>
        <translation>没有其他电脑在线</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="83"/>
        <source>Not receiving reports: data folder unusable</source>
        <translation>本机暂不收取回执：数据文件夹存不下</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="97"/>
        <source>No desk is receiving reports right now</source>
        <translation>暂时没有电脑收取回执</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="99"/>
        <source>This desk receives the reports</source>
        <translation>本机负责收取回执</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="101"/>
        <source>Reports received by {desk}</source>
        <translation>由 {desk} 收取回执</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="363"/>
        <source>The team database setting was saved; it takes effect when juhe-desk starts again.</source>
        <translation>团队数据库的设置已保存，重新启动 juhe-desk 后生效。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="108"/>
        <source>No account set up</source>
        <translation>未设置账户</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="110"/>
        <source>Account {id}</source>
        <translation>账户 {id}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="116"/>
        <source>Balance: —</source>
        <translation>余额：—</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="121"/>
        <source>Balance: ¥{amount}</source>
        <translation>余额：{amount} 元</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="124"/>
        <source>(low)</source>
        <translation>（偏低）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="130"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="133"/>
        <source>Not connected: {reason}</source>
        <translation>未连接：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="377"/>
        <source>Diagnostics copied to the clipboard (no password is included).</source>
        <translation>诊断信息已复制到剪贴板（不含密码）。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="387"/>
        <source>The user guide is not part of this installation; it is in the docs folder of juhe-desk&apos;s source.</source>
        <translation>这个安装版本里没有用户指南；它在 juhe-desk 源代码的 docs 文件夹里。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="397"/>
        <source>About juhe-desk</source>
        <translation>关于 juhe-desk</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="107"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="107"/>
        <source>Bulk import</source>
        <translation>批量导入</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="107"/>
        <source>Delivery reports</source>
        <translation>状态报告</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="107"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="228"/>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="108"/>
        <source>Inbox / replies</source>
        <translation>上行/回复</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="58"/>
        <source>Type the message. To fill in a value from each row, put its column name in braces, e.g. {姓名}, or click a column below.</source>
        <translation>输入短信内容。要填入每一行的值，请把列名写在花括号里，例如 {姓名}，或点击下方的列名。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="66"/>
        <source>Click a column to insert it where the cursor is.</source>
        <translation>点击列名，即可插入到光标处。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="79"/>
        <source>Add an opt-out note:</source>
        <translation>添加退订提示：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="82"/>
        <source>Keep only the first row per number</source>
        <translation>同一号码只保留第一行</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="85"/>
        <source>A number listed again with a different text gets only its first row. The same number with the same text is always sent once.</source>
        <translation>同一号码出现多次且内容不同时，只发送第一行。号码和内容都相同的，始终只发送一次。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="87"/>
        <source>Include opted-out numbers</source>
        <translation>包括已退订的号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="90"/>
        <source>Numbers on the opt-out list are left out unless you tick this. Tick it only if they agreed to get this message.</source>
        <translation>退订名单中的号码默认不发送。只有在对方同意接收这条短信时才勾选此项。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="109"/>
        <source>Phone number &amp;column:</source>
        <translation>手机号所在列(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="110"/>
        <source>&amp;Message:</source>
        <translation>短信内容(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="111"/>
        <source>Insert a column:</source>
        <translation>插入列：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="141"/>
        <source>Column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="148"/>
        <source>Insert {{{name}}}</source>
        <translation>插入 {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="220"/>
        <source>Click a column name to use it in the message.</source>
        <translation>点击列名，即可替换到短信里。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="234"/>
        <source>{field}: the spreadsheet has no such column.</source>
        <translation>{field}：表格里没有这一列。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="235"/>
        <source>{field}: the spreadsheet has no such column. Did you mean {headers}?</source>
        <translation>{field}：表格里没有这一列，是 {headers} 吗？</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="237"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="251"/>
        <source>Each row gets its own text, filled in from the columns {fields}.</source>
        <translation>每一行的内容各不相同，由这些列填入：{fields}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="255"/>
        <source>Every row gets the same text.</source>
        <translation>每一行都发送相同的内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="260"/>
        <source>The signature {signature} is added at the start of every text.</source>
        <translation>每条短信开头都会自动加上签名 {signature}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="266"/>
        <source>No signature is set for this account: most gateways refuse a text without its registered 【signature】. Add it in Account › Account settings…</source>
        <translation>这个账户没有设置签名：大多数网关会拒绝不带已报备【签名】的短信。请在“账户 › 账户设置…”中添加。</translation>
    </message>
</context>
<context>
    <name>OptOutActions</name>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/optout_actions.py" line="56"/>
        <source>%Ln number(s) added to the opt-out list: they get no more messages.</source>
        <translation>
            <numerusform>已把 %Ln 个号码加入退订名单：以后不再给它们发短信。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/optout_actions.py" line="59"/>
        <source>%Ln number(s) were already on it.</source>
        <translation>
            <numerusform>%Ln 个号码原本就在名单中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/optout_actions.py" line="68"/>
        <source>%Ln reply(ies) marked as not an opt-out.</source>
        <translation>
            <numerusform>已把 %Ln 条回复标记为“不是退订”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="72"/>
        <source>Opt-out list</source>
        <translation>退订名单</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="79"/>
        <source>Numbers on this list are left out of every send unless you include them for one send. Replies such as R, TD or 退订 add their number here by themselves.</source>
        <translation>名单中的号码在每次发送时都会被排除，除非您在某次发送中特意包括它们。收到 R、TD 或“退订”等回复时，对应号码会自动加入名单。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="84"/>
        <source>Replies that only look like it (such as 别发了 or 不需要) wait in the Inbox under “Likely opt-outs to check”. A send running now leaves out a number as soon as it is on this list.</source>
        <translation>只是看起来像退订的回复（例如“别发了”“不需要”）会在“上行/回复”页的“待确认的疑似退订”里等您确认。号码一旦加入名单，正在进行的发送也会立即排除它。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="89"/>
        <source>Search: the start of a number</source>
        <translation>搜索：号码开头几位</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="108"/>
        <source>Mobile number to add</source>
        <translation>要添加的手机号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="111"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="112"/>
        <source>&amp;Remove selected</source>
        <translation>移除选中(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="114"/>
        <source>&amp;Import from pasted text…</source>
        <translation>从粘贴的文字导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="180"/>
        <source>“{number}” is not a mobile number: {reason}</source>
        <translation>“{number}”不是手机号码：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="189"/>
        <source>{number} is on the opt-out list now.</source>
        <translation>{number} 已加入退订名单。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="192"/>
        <source>{number} was already on the list.</source>
        <translation>{number} 原本就在名单中。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="203"/>
        <source>Remove from the opt-out list</source>
        <translation>从退订名单移除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="204"/>
        <source>Remove %Ln number(s) from the opt-out list? They will get messages again.</source>
        <translation>
            <numerusform>把 %Ln 个号码从退订名单移除？之后它们会重新收到短信。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="208"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="220"/>
        <source>%Ln number(s) removed from the list.</source>
        <translation>
            <numerusform>已从名单移除 %Ln 个号码。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="242"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="268"/>
        <source>%Ln number(s) added</source>
        <translation>
            <numerusform>添加了 %Ln 个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="270"/>
        <source>%Ln already on the list</source>
        <translation>
            <numerusform>%Ln 个原本就在名单中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="272"/>
        <source>%Ln not valid, left out</source>
        <translation>
            <numerusform>%Ln 个无效，已略过</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="273"/>
        <source>Import finished: {parts}.</source>
        <translation>导入完成：{parts}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="289"/>
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln 个号码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutFiles</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="53"/>
        <source>Import from a &amp;file…</source>
        <translation>从文件导入(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="56"/>
        <source>A blacklist from another platform: .xlsx, .xls or .csv with one number per row; a header and other columns are fine</source>
        <translation>其他平台导出的黑名单：.xlsx、.xls 或 .csv，每行一个号码；有表头或其他列都可以</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="58"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="59"/>
        <source>Save the whole list as .xlsx or .csv</source>
        <translation>把整个名单保存为 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="65"/>
        <source>Spreadsheets {patterns}</source>
        <translation>表格文件 {patterns}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="66"/>
        <source>Import numbers to the opt-out list</source>
        <translation>把号码导入退订名单</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="79"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="84"/>
        <source>%Ln number(s) added</source>
        <translation>
            <numerusform>添加了 %Ln 个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="85"/>
        <source>%Ln already on the list</source>
        <translation>
            <numerusform>%Ln 个原本就在名单中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="86"/>
        <source>%Ln not valid, left out</source>
        <translation>
            <numerusform>%Ln 个无效，已略过</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="87"/>
        <source>Import finished (column “{column}”): {parts}.</source>
        <translation>导入完成（读取“{column}”列）：{parts}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="93"/>
        <source>opt-out-list-{date}.xlsx</source>
        <translation>退订名单-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="95"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="96"/>
        <source>CSV, opens in Excel and WPS (*.csv)</source>
        <translation>CSV 文件，可用 Excel 和 WPS 打开 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="97"/>
        <source>Export the opt-out list</source>
        <translation>导出退订名单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="118"/>
        <source>%Ln number(s) saved to {path}.</source>
        <translation>
            <numerusform>已把 %Ln 个号码保存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="105"/>
        <source>Added</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="105"/>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="105"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="105"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="106"/>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="106"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="106"/>
        <source>Reply</source>
        <translation>短信回复</translation>
    </message>
</context>
<context>
    <name>OptOutImportDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="44"/>
        <source>Import numbers to the opt-out list</source>
        <translation>把号码导入退订名单</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="45"/>
        <source>Paste numbers, one or several per line (a column copied from a spreadsheet works too):</source>
        <translation>粘贴号码，每行一个或多个（也可以直接粘贴从表格中复制的一列）：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="52"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>OptOutModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="33"/>
        <source>Added</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="33"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="33"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="33"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="34"/>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="34"/>
        <source>Reply</source>
        <translation>短信回复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="35"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="24"/>
        <source>The number opted out after it was chosen (a reply such as R, or added to the opt-out list), so it was not sent.</source>
        <translation>该号码在选定之后退订了（回复了 R 之类，或被加入退订名单），所以没有发送。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="17"/>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="17"/>
        <source>Waiting</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="18"/>
        <source>Delivered</source>
        <translation>发送成功</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="18"/>
        <source>Sent, no report yet</source>
        <translation>已提交，暂无报告</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="19"/>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="19"/>
        <source>Refused by the gateway</source>
        <translation>被网关拒绝</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="20"/>
        <source>Uncertain</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="21"/>
        <source>The gateway did not answer in time: it may or may not have sent it. Wait for the delivery report before sending again.</source>
        <translation>网关没有及时应答：不确定是否已发送。请等收到状态报告后再决定是否重发。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="23"/>
        <source>Not sent: opted out</source>
        <translation>未发送：已退订</translation>
    </message>
</context>
<context>
    <name>PrecheckDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="65"/>
        <source>Start this campaign?</source>
        <translation>开始这次群发？</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="70"/>
        <source>Send &amp;now</source>
        <translation>立即发送(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="71"/>
        <source>Send &amp;at:</source>
        <translation>定时发送(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="95"/>
        <source>The first text, as it will be sent:</source>
        <translation>第一条短信的实际发送内容：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="96"/>
        <source>Every number gets this text:</source>
        <translation>每个号码都将收到以下内容：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="133"/>
        <source>{invalid} invalid · {duplicates} duplicate · {opted_out} opted out · {empty} without text</source>
        <translation>无效 {invalid} · 重复 {duplicates} · 已退订 {opted_out} · 无内容 {empty}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="141"/>
        <source>(%Ln row(s) need an extra SMS)</source>
        <translation>
            <numerusform>（有 %Ln 行需要多计费一条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="149"/>
        <source>Left out:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="150"/>
        <source>SMS in all:</source>
        <translation>短信总条数：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="151"/>
        <source>Estimated cost:</source>
        <translation>预计费用：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="152"/>
        <source>Balance:</source>
        <translation>余额：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="158"/>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="158"/>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="159"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="159"/>
        <source>Opt-out note:</source>
        <translation>退订提示：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="162"/>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="166"/>
        <source>Sent already:</source>
        <translation>已发送过：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="163"/>
        <source>%Ln text(s) that went to the same numbers in the last 24 hours are left out</source>
        <translation>
            <numerusform>已跳过 %Ln 条 24 小时内发给同一号码的相同短信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="167"/>
        <source>%Ln number(s) get a text they got in the last 24 hours again, as you chose</source>
        <translation>
            <numerusform>按您的选择，%Ln 个号码将再次收到 24 小时内收到过的短信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="170"/>
        <source>Sends again:</source>
        <translation>重新发送：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="170"/>
        <source>the failed rows of “{name}”</source>
        <translation>“{name}”中发送失败的行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="212"/>
        <source>%Ln text(s) hold a line break: they are sent one by one, which takes a little longer.</source>
        <translation>
            <numerusform>有 %Ln 条内容含有换行：它们会逐条发送，所需时间稍长。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="154"/>
        <source>unknown: it could not be checked. The gateway refuses the numbers the balance cannot pay for; the campaign then pauses.</source>
        <translation>未知：无法查询余额。余额不足以支付的号码会被网关拒绝，届时群发会暂停。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="138"/>
        <source>%Ln with an empty field</source>
        <translation>
            <numerusform>字段为空 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="142"/>
        <source>{texts}, to {numbers}</source>
        <translation>{texts}，发给 {numbers}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="143"/>
        <source>%Ln text(s)</source>
        <translation>
            <numerusform>%Ln 条短信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="144"/>
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln 个号码</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="146"/>
        <source>Messages:</source>
        <translation>短信：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="147"/>
        <source>By carrier:</source>
        <translation>运营商：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="156"/>
        <source>¥{amount} (pre-paid); about ¥{left} left afterwards</source>
        <translation>{amount} 元（预付费），发送后约剩 {left} 元</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="176"/>
        <source>Rows not sent because a field is empty</source>
        <translation>因字段为空而不发送的行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="180"/>
        <source>Empty field: {field} (%Ln row(s))</source>
        <translation>
            <numerusform>字段为空: {field}（%Ln 行）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="183"/>
        <source>Use a default for all…</source>
        <translation>全部用默认值…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="187"/>
        <source>Give {field} a word that stands in where its cell is blank (e.g. 顾客), so that these rows are sent too.</source>
        <translation>给 {field} 一个默认词（例如“顾客”），单元格为空时用它代替，这些行就也能发送了。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="201"/>
        <source>{number}: rows {rows}</source>
        <translation>{number}：第 {rows} 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="207"/>
        <source>%Ln number(s) get more than one text: the sheet has them on several rows with different texts ({examples}). To send one text per number, tick “Keep only the first row per number”.</source>
        <translation>
            <numerusform>%Ln 个号码会收到不止一条短信：它们在表格里出现在多行，内容各不相同（{examples}）。如果每个号码只发一条，请勾选“同一号码只保留第一行”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="221"/>
        <source>{earlier}, {row}</source>
        <translation>{earlier}、{row}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="234"/>
        <source>There is nobody to send to: no row has a valid number and a text.</source>
        <translation>没有可发送的对象：没有一行同时具备有效号码和内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="237"/>
        <source>This cannot be sent: the pre-paid balance is used up (¥{amount}). Ask the gateway administrator to top up the account.</source>
        <translation>无法发送：预付费余额已用完（{amount} 元）。请联系网关管理员为账户充值。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="239"/>
        <source>This cannot be sent: it costs about ¥{cost}, but the pre-paid balance is only ¥{amount} (¥{short} short). Ask the gateway administrator to top up the account, or send to fewer rows or a shorter text.</source>
        <translation>无法发送：本次约需 {cost} 元，但预付费余额只有 {amount} 元（差 {short} 元）。请联系网关管理员充值，或减少行数、缩短内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="250"/>
        <source>{time} is outside 08:00-22:00. Marketing texts sent at night annoy customers and may break the rules on commercial SMS; a time in the day is better. (Order and delivery notices may go at any time.)</source>
        <translation>{time} 不在 08:00-22:00 之间。夜间发送营销短信会打扰客户，还可能违反商业短信的相关规定，建议改在白天发送。（订单和物流通知可以随时发送。）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="260"/>
        <source>Schedule for %Ln number(s)</source>
        <translation>
            <numerusform>定时发送给 %Ln 个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="261"/>
        <source>Send to %Ln number(s)</source>
        <translation>
            <numerusform>发送给 %Ln 个号码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="67"/>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="67"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="67"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="67"/>
        <source>Text as sent</source>
        <translation>实际发送内容</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="68"/>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="68"/>
        <source>Extra cost</source>
        <translation>额外费用</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="68"/>
        <source>SMS</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="196"/>
        <source>+{parts} SMS (¥{cost})</source>
        <translation>多 {parts} 条（{cost} 元）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="198"/>
        <source>+{parts} SMS</source>
        <translation>多 {parts} 条</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="223"/>
        <source>This text is {length} characters long: {parts} SMS instead of the {usual} most rows need.</source>
        <translation>这条内容有 {length} 个字：要计 {parts} 条，而大多数行只需 {usual} 条。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="227"/>
        <source>It costs ¥{cost} more.</source>
        <translation>多花 {cost} 元。</translation>
    </message>
</context>
<context>
    <name>PushService</name>
    <message>
        <location filename="../../juhe_desk/ui/push_service.py" line="33"/>
        <source>“{desk}” receives the team&apos;s pushes; the receiver runs there.</source>
        <translation>团队的推送由“{desk}”接收，接收程序在那台电脑上运行。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/push_service.py" line="39"/>
        <source>“{entry}” is not an address or a network. Write the gateway&apos;s addresses like 47.96.1.2 or 47.97.0.0/16, separated by commas.</source>
        <translation>“{entry}”不是有效的地址或网段。请按 47.96.1.2 或 47.97.0.0/16 这样的格式填写网关的地址，多个地址之间用逗号隔开。</translation>
    </message>
</context>
<context>
    <name>PushSettingsDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="38"/>
        <source>Push receiver</source>
        <translation>推送接收</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="45"/>
        <source>The gateway can send delivery reports and replies to this computer as soon as they arrive, instead of waiting for the next check. Ask the gateway&apos;s support to register the address below. Checking for reports and replies keeps working either way.</source>
        <translation>网关可以在状态报告和回复一到达时就推送到这台电脑，不必等下一次查询。请联系网关客服登记下面的地址。无论是否开启推送，定时查询状态报告和回复都会照常进行。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="50"/>
        <source>&amp;Receive pushed reports and replies</source>
        <translation>接收推送的状态报告和回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="55"/>
        <source>0.0.0.0 listens on every network interface; 127.0.0.1 only on this computer.</source>
        <translation>0.0.0.0 表示在所有网络接口上监听；127.0.0.1 表示只在本机监听。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="60"/>
        <source>e.g. 203.0.113.7 or shop.example.com</source>
        <translation>例如 203.0.113.7 或您的域名</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="62"/>
        <source>How the gateway on the internet reaches this computer: usually your router&apos;s public address or domain name, with the port forwarded to this computer. Add :port when the router forwards another port.</source>
        <translation>互联网上的网关访问这台电脑用的地址：通常是路由器的公网地址或域名，并且路由器已把端口转发到这台电脑。如果路由器对外用的是另一个端口，请在后面加上“:端口号”。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="66"/>
        <source>e.g. 47.96.1.2, 47.97.0.0/16</source>
        <translation>例如 47.96.1.2, 47.97.0.0/16</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="68"/>
        <source>The addresses the gateway pushes from (ask its support). Connections from anywhere else are refused before anything is read. Empty: from anywhere.</source>
        <translation>网关推送时使用的地址（请向网关客服询问）。来自其他地址的连接，在读取任何内容之前就会被拒绝。留空表示不限来源。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="72"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="73"/>
        <source>Re&amp;new</source>
        <translation>换新地址(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="75"/>
        <source>Make a new secret address. The old one stops working when you click OK: register the new one with the gateway.</source>
        <translation>生成一个新的保密地址。点“确定”后旧地址立即失效：请把新地址登记到网关。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="87"/>
        <source>Receive on t&amp;his computer</source>
        <translation>由这台电脑接收(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="99"/>
        <source>Listen on &amp;address:</source>
        <translation>监听地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="100"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="101"/>
        <source>P&amp;ublic address:</source>
        <translation>公网地址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="102"/>
        <source>Accept pushes &amp;only from:</source>
        <translation>只接受这些来源(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="103"/>
        <source>Address to re&amp;gister:</source>
        <translation>要登记的地址(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="146"/>
        <source>Copied. Keep this address private: whoever knows it can push reports and replies to this computer.</source>
        <translation>已复制。请妥善保管这个地址：知道它的人都能向这台电脑推送状态报告和回复。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="154"/>
        <source>A new address. The old one stops working when you click OK: register the new one with the gateway, or pushes will be refused.</source>
        <translation>这是新地址。点“确定”后旧地址立即失效：请把新地址登记到网关，否则推送会被拒收。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="196"/>
        <source>Register this exact address with the gateway&apos;s support and keep it private: whoever knows it can push reports and replies to this computer.</source>
        <translation>请把这个地址原样交给网关客服登记，并妥善保管：知道它的人都能向这台电脑推送状态报告和回复。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="200"/>
        <source>Listening on every network interface: the gateway on the internet must reach this computer on port {port} (usually through port forwarding on the router and an opening in the firewall). Only requests for the secret address are taken; fill in the gateway&apos;s addresses above to refuse everyone else.</source>
        <translation>正在所有网络接口上监听：互联网上的网关要能通过端口 {port} 访问这台电脑（通常需要在路由器上做端口转发，并在防火墙里放行）。只有发往保密地址的请求会被接收；在上面填写网关的地址，可以拒绝其他所有来源。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="207"/>
        <source>Only programs on this computer can reach this address; a gateway on the internet cannot.</source>
        <translation>只有本机上的程序能访问这个地址，互联网上的网关无法访问。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="220"/>
        <source>“{desk}” receives now. After OK this computer does: have the router forward port {port} to this computer too, or pushes will not arrive.</source>
        <translation>现在由“{desk}”接收。点“确定”后改由这台电脑接收：请同时把路由器的 {port} 端口转发改到这台电脑，否则推送收不到。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="225"/>
        <source>The team&apos;s pushes arrive at this computer only: the router must forward port {port} here.</source>
        <translation>团队的推送只发到这台电脑：路由器要把 {port} 端口转发到这里。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="228"/>
        <source>“{desk}” receives the team&apos;s pushes. Tick the box to receive them on this computer instead.</source>
        <translation>团队的推送由“{desk}”接收。勾选上面的选项，可改由这台电脑接收。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="235"/>
        <source>Running: listening on port {port}.</source>
        <translation>运行中：正在监听端口 {port}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="237"/>
        <source>Not running: {reason}</source>
        <translation>未运行：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="239"/>
        <source>Not running.</source>
        <translation>未运行。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="17"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="18"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="19"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="20"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="21"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="22"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="23"/>
        <source>Yes to All</source>
        <translation>全部是</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="24"/>
        <source>No to All</source>
        <translation>全部否</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="25"/>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
</context>
<context>
    <name>QuickRepliesDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="40"/>
        <source>Quick replies</source>
        <translation>常用回复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="44"/>
        <source>Texts you send often, such as the shop&apos;s address or opening hours. In a conversation, one click puts one into the reply.</source>
        <translation>经常要发的话，例如店铺地址、营业时间。在对话里点一下，就会放进回复框。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="50"/>
        <source>e.g. Address</source>
        <translation>例如：地址</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="52"/>
        <source>e.g. We are at 12 Heping Road, next to the metro station.</source>
        <translation>例如：本店地址：和平路 12 号，地铁站旁边。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="58"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="59"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="60"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="61"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="62"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="70"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="71"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="120"/>
        <source>Type the text of the quick reply first.</source>
        <translation>请先输入常用回复的内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="124"/>
        <source>Quick reply added.</source>
        <translation>已添加常用回复。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="127"/>
        <source>Quick reply saved.</source>
        <translation>已保存常用回复。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="133"/>
        <source>Delete quick reply</source>
        <translation>删除常用回复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="134"/>
        <source>Delete the quick reply “{title}”?</source>
        <translation>删除常用回复“{title}”吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="191"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 个字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="55"/>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="59"/>
        <source>Type or paste mobile numbers: one per line, or separated by commas or spaces. A column copied from Excel works too; +86, spaces and dashes are fine.</source>
        <translation>输入或粘贴手机号码：每行一个，或用逗号、空格分隔。也可以直接粘贴从 Excel 复制的一列；带 +86、空格或短横线都没关系。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="64"/>
        <source>Show &amp;invalid…</source>
        <translation>查看无效号码(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="68"/>
        <source>Include opted-out numbers in this send</source>
        <translation>本次发送包括已退订的号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="70"/>
        <source>Numbers whose owners replied to stop messages are left out. Tick this only if they agreed to receive this message.</source>
        <translation>回复过退订的号码会被排除。只有在对方同意接收这条短信时才勾选此项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="222"/>
        <source>Checking %Ln line(s)…</source>
        <translation>
            <numerusform>正在检查 %Ln 行…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="244"/>
        <source>The numbers could not be checked: {reason}</source>
        <translation>无法检查号码：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="264"/>
        <source>%Ln valid</source>
        <translation>
            <numerusform>有效 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="265"/>
        <source>%Ln invalid</source>
        <translation>
            <numerusform>无效 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="266"/>
        <source>%Ln duplicate(s) removed</source>
        <translation>
            <numerusform>去除重复 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="267"/>
        <source>%Ln opted out (included)</source>
        <translation>
            <numerusform>已退订 %Ln 个（仍发送）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="269"/>
        <source>%Ln opted out (left out)</source>
        <translation>
            <numerusform>已退订 %Ln 个（不发送）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="274"/>
        <source>By carrier: {counts}</source>
        <translation>运营商：{counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="276"/>
        <source>Invalid: {reasons}</source>
        <translation>无效：{reasons}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="42"/>
        <source>Unfinished campaigns</source>
        <translation>未完成的群发</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>These campaigns were not finished when juhe-desk last closed. Nothing more is sent unless you choose “Resume sending”; messages whose fate is uncertain are never sent again by resuming.</source>
        <translation>上次关闭 juhe-desk 时，这些群发还没有完成。除非您选择“继续发送”，否则不会再发送任何短信；结果不确定的短信在继续发送时也不会被重发。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="59"/>
        <source>&amp;Resume sending</source>
        <translation>继续发送(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="61"/>
        <source>&amp;Cancel this campaign</source>
        <translation>取消这次群发(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="63"/>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="71"/>
        <source>Later, each campaign can be resumed or cancelled in the Bulk import tab.</source>
        <translation>之后可以在“批量导入”页继续或取消每次群发。</translation>
    </message>
</context>
<context>
    <name>RepeatSendWarning</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="58"/>
        <source>Sent already</source>
        <translation>重复发送提醒</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="68"/>
        <source>This sheet with this message was sent before: campaign “{name}”, created {time}.</source>
        <translation>这个表格用这段内容已经群发过：群发任务“{name}”，创建于 {time}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="72"/>
        <source>%Ln of the {total} numbers got this same text in the last 24 hours:</source>
        <translation>
            <numerusform>{total} 个号码中有 %Ln 个在 24 小时内已收到过完全相同的短信：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="80"/>
        <source>Numbers: {numbers}</source>
        <translation>号码：{numbers}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="83"/>
        <source>Customers who get the same text twice may complain or opt out. Send it again only if you mean to.</source>
        <translation>同一条短信收到两次，客户可能会投诉或退订。请确认确实要再发一次。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="95"/>
        <source>Don&apos;t send</source>
        <translation>不发送</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="101"/>
        <source>Leave them out, send to the other %Ln</source>
        <translation>
            <numerusform>跳过这些号码，只发给其余 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="106"/>
        <source>Send to all %Ln anyway</source>
        <translation>
            <numerusform>仍然全部发送（%Ln 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="128"/>
        <source>• and %Ln more earlier send(s)</source>
        <translation>
            <numerusform>• 另外还有 %Ln 次更早的发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="133"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="136"/>
        <source>• quick send at {when}: %Ln number(s)</source>
        <translation>
            <numerusform>• {when} 的快速发送：%Ln 个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="138"/>
        <source>• campaign “{name}”, sent {when}: %Ln number(s)</source>
        <translation>
            <numerusform>• 群发任务“{name}”，发送于 {when}：%Ln 个号码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="68"/>
        <source>Quick replies…</source>
        <translation>管理常用回复…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="69"/>
        <source>Add or change the texts you send often</source>
        <translation>添加或修改经常要发的话</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="86"/>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="140"/>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="87"/>
        <source>Send this text to the customer (Ctrl+Enter)</source>
        <translation>把这段话发给客户（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="91"/>
        <source>Quick replies:</source>
        <translation>常用回复：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="121"/>
        <source>Reply to {who}…</source>
        <translation>回复 {who}…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="123"/>
        <source>{who} wrote at {time}: {text}</source>
        <translation>{who} 在 {time} 说：{text}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="127"/>
        <source>This number is on the opt-out list: the customer asked for no more messages. Send only if they asked you to reply; you will be asked to confirm.</source>
        <translation>这个号码在退订名单上：客户要求不再收短信。只有客户要您回复时才发送，发送前会再问您一次。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="140"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="169"/>
        <source>{chars} characters · {parts} part(s)</source>
        <translation>{chars} 个字 · 计 {parts} 条</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="172"/>
        <source>(%Ln more make it {parts} parts)</source>
        <translation>
            <numerusform>（再多 %Ln 个字就变成 {parts} 条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="176"/>
        <source>No signature is set for this account: most gateways refuse a message without it.</source>
        <translation>这个账户没有设置签名：大多数网关会拒收没有签名的短信。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="179"/>
        <source>{signature} is added at the start and counted.</source>
        <translation>开头会自动加上 {signature}，已计入字数。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="182"/>
        <source>The text holds the signature {signature}.</source>
        <translation>内容里已有签名 {signature}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="199"/>
        <source>none yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="208"/>
        <source>Insert: {text}</source>
        <translation>插入：{text}</translation>
    </message>
</context>
<context>
    <name>ReplySender</name>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_sender.py" line="59"/>
        <source>No gateway account with a known password is set up: open Account › Account settings… first.</source>
        <translation>还没有设置好网关账户和密码：请先打开“账户 › 账户设置…”。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_sender.py" line="73"/>
        <source>The number opted out</source>
        <translation>这个号码已退订</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_sender.py" line="74"/>
        <source>{mobile} is on the opt-out list: the customer asked for no more messages. Send this reply only if they asked you to answer them.</source>
        <translation>{mobile} 在退订名单上：客户要求不再收短信。只有客户要您回复时才发送这条回复。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_sender.py" line="77"/>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_sender.py" line="77"/>
        <source>Do not send</source>
        <translation>不发送</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="60"/>
        <source>Number starts with…</source>
        <translation>号码开头…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="70"/>
        <source>All carriers</source>
        <translation>全部运营商</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="74"/>
        <source>The carrier a number&apos;s first digits were given to (a number that moved to another carrier keeps them)</source>
        <translation>按号段所属的运营商（携号转网的号码仍算原运营商）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="87"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="87"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="88"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="88"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="89"/>
        <source>Dates…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="107"/>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="108"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="109"/>
        <source>Carr&amp;ier:</source>
        <translation>运营商(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="110"/>
        <source>&amp;Campaign:</source>
        <translation>群发任务(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="111"/>
        <source>&amp;Period:</source>
        <translation>时间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="119"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="121"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="136"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="137"/>
        <source>Delivered</source>
        <translation>发送成功</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="138"/>
        <source>Failed (any other code)</source>
        <translation>发送失败（其他任何状态码）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="157"/>
        <source>All campaigns</source>
        <translation>全部群发任务</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="53"/>
        <source>Meaning</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="52"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="52"/>
        <source>Status code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="52"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="52"/>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="53"/>
        <source>Campaign</source>
        <translation>群发任务</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="53"/>
        <source>Message ID</source>
        <translation>消息ID</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="54"/>
        <source>Received via</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="55"/>
        <source>Pull</source>
        <translation>主动查询</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="55"/>
        <source>Push</source>
        <translation>推送</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="110"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="111"/>
        <source>Read the reports again (new ones appear by themselves after each check)</source>
        <translation>重新读取状态报告（每次查询后新报告会自动出现）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="113"/>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="114"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="115"/>
        <source>Save the reports shown (all pages, as filtered) to an .xlsx file</source>
        <translation>把当前筛选出的状态报告（所有页）保存为 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="119"/>
        <source>Put the numbers of the selected rows on the opt-out list: they get no more messages</source>
        <translation>把选中行的号码加入退订名单：以后不再给它们发短信</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="117"/>
        <source>Add to &amp;opt-out list</source>
        <translation>加入退订名单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="121"/>
        <source>Rep&amp;ly…</source>
        <translation>回复(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="122"/>
        <source>Open the conversation with the selected number in the Inbox tab, to answer it (double-click a row)</source>
        <translation>在“上行/回复”页打开与所选号码的对话，进行回复（也可以双击一行）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="125"/>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="129"/>
        <source>Add to opt-out list</source>
        <translation>加入退订名单</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="133"/>
        <source>&amp;Export delivery reports…</source>
        <translation>导出状态报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="136"/>
        <source>Find a number</source>
        <translation>查找号码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="303"/>
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln 条状态报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="305"/>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="54"/>
        <source>Export delivery reports</source>
        <translation>导出状态报告</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="57"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="59"/>
        <source>delivery-reports</source>
        <translation>状态报告</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="73"/>
        <source>Delivery reports</source>
        <translation>状态报告</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="90"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="98"/>
        <source>Exporting… {done} of {total}</source>
        <translation>正在导出…{done} / {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="370"/>
        <source>%Ln report(s) saved to {path}</source>
        <translation>
            <numerusform>已将 %Ln 条状态报告保存到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="372"/>
        <source>(a sheet holds no more rows: narrow the filter for the rest)</source>
        <translation>（一个工作表最多只能容纳这么多行：其余的请缩小筛选范围后再导出）</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="50"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="51"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="52"/>
        <source>Message ID</source>
        <translation>消息ID</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="156"/>
        <source>Unknown whether it was sent: the gateway&apos;s answer could not be stored. Wait for its delivery report before sending to this number again.</source>
        <translation>不确定是否已发送：网关的回复没能保存。请等收到状态报告后，再决定是否重新发送给这个号码。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="160"/>
        <source>Waiting</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="160"/>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="162"/>
        <source>Accepted by the gateway</source>
        <translation>网关已接收</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="164"/>
        <source>Delivered</source>
        <translation>发送成功</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="167"/>
        <source>Not delivered: {reason}</source>
        <translation>发送失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="172"/>
        <source>Not sent: opted out (after it was chosen: a reply such as R, or added to the opt-out list)</source>
        <translation>未发送：已退订（在选定之后回复了 R 之类，或被加入退订名单）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="174"/>
        <source>Unknown whether it was sent: the gateway did not answer in time. Wait for its delivery report before sending to this number again.</source>
        <translation>不确定是否已发送：网关没有及时应答。请等收到状态报告后，再决定是否重新发送给这个号码。</translation>
    </message>
</context>
<context>
    <name>SendCheckView</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/send_check_view.py" line="102"/>
        <source>unknown: no price per SMS is set (Account settings)</source>
        <translation>未知：没有设置每条短信单价（账户设置）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/send_check_view.py" line="103"/>
        <source>¥{cost} ({parts} × ¥{price})</source>
        <translation>{cost} 元（{parts} 条 × {price} 元）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/send_check_view.py" line="117"/>
        <source>¥{amount} (post-paid: the cost is billed later)</source>
        <translation>{amount} 元（后付费：费用事后结算）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/send_check_view.py" line="120"/>
        <source>¥{amount} (pre-paid)</source>
        <translation>{amount} 元（预付费）</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseSection</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="49"/>
        <source>Team&apos;s shared database</source>
        <translation>团队共享数据库</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="71"/>
        <source>Leave empty to keep the saved password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="73"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="78"/>
        <source>Several desks on one account keep one history here: reports, replies, opt-outs and campaigns. The password is kept in the system keyring. A change takes effect when juhe-desk starts again.</source>
        <translation>同一个账户的几台电脑在这里共用一份记录：状态报告、回复、退订名单和群发任务。密码保存在系统钥匙串里。修改后重新启动 juhe-desk 才生效。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="84"/>
        <source>Server (host)</source>
        <translation>服务器（主机）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="85"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="86"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="87"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="88"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="121"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="130"/>
        <source>The connection is encrypted (TLS).</source>
        <translation>连接已加密（TLS）。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="131"/>
        <source>The connection is not encrypted: use it only on the shop&apos;s own network.</source>
        <translation>连接没有加密：只在店里自己的网络中使用。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="133"/>
        <source>The database is empty: juhe-desk sets it up on first use.</source>
        <translation>数据库是空的：第一次使用时 juhe-desk 会自动建好。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="135"/>
        <source>It is a juhe-desk team database.</source>
        <translation>这是 juhe-desk 的团队数据库。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="136"/>
        <source>Connected to PostgreSQL {version}.</source>
        <translation>已连接到 PostgreSQL {version}。</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseUnavailable</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="29"/>
        <source>This desk keeps its history in the team&apos;s shared database {address}, so it does not start without it. Try again once the database can be reached, or quit.</source>
        <translation>这台电脑的记录保存在团队共享数据库 {address} 里，连不上它就不能启动。等数据库能连上后再试一次，或者退出。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="38"/>
        <source>This desk keeps its history in the team database it hosts, so it does not start without it. Change its port, try again once the other program has let go of it, or quit.</source>
        <translation>这台电脑的记录保存在它自己建立的团队数据库里，数据库没有启动，程序就不能打开。请换一个端口；或者等占用端口的程序退出后再试一次；也可以先退出。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="45"/>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="50"/>
        <source>Change &amp;port…</source>
        <translation>换端口(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="52"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="54"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>SheetHistory</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="85"/>
        <source>Sent before</source>
        <translation>已群发过</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="85"/>
        <source>This sheet with this message was sent before: campaign “{name}”, created {time}. {went} of its {total} messages went out.</source>
        <translation>这个表格用这段内容已经群发过：群发任务“{name}”，创建于 {time}，共 {total} 条，已发出 {went} 条。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="92"/>
        <source>Start a new campaign that sends it to every row again?</source>
        <translation>要新建一个群发，再给每一行发一遍吗？</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="93"/>
        <source>Start a new campaign</source>
        <translation>新建群发</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="95"/>
        <source>Don&apos;t send</source>
        <translation>不发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="109"/>
        <source>scheduled for {time}</source>
        <translation>定时在 {time} 发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="110"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="111"/>
        <source>not finished</source>
        <translation>未发完</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="112"/>
        <source>Not finished yet</source>
        <translation>群发尚未完成</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="112"/>
        <source>This sheet with this message is already campaign “{name}”, created {time}, which is {state}: {pending} of its {total} messages are not sent yet.</source>
        <translation>这个表格用这段内容已是群发任务“{name}”（创建于 {time}），目前{state}：共 {total} 条，还有 {pending} 条未发送。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="120"/>
        <source>Starting it again would send a second time to the numbers it reached. Resume it to send only what is left; to send every row again, cancel it first.</source>
        <translation>重新开始会让已经收到的号码再收到一次。继续发送只会发剩下的；如果确实要每一行都重发，请先取消这个群发。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="123"/>
        <source>Resume it</source>
        <translation>继续发送</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="123"/>
        <source>Send it now</source>
        <translation>立即发送</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="241"/>
        <source>another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="241"/>
        <source>process {pid}</source>
        <translation>进程 {pid}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="242"/>
        <source>juhe-desk is already running</source>
        <translation>juhe-desk 已经在运行</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="242"/>
        <source>juhe-desk is already running with this data folder ({process}):
{folder}

It did not answer, so its window cannot be brought forward. Look for it on the taskbar. If it is not there or does not react, end “juhe-desk” in Task Manager (Ctrl+Shift+Esc), then start juhe-desk again.</source>
        <translation>juhe-desk 已经在使用这个数据文件夹运行（{process}）：
{folder}

但它没有响应，无法把它的窗口切换到前面。请先在任务栏上找找它。如果任务栏上没有，或者点了没有反应，请按 Ctrl+Shift+Esc 打开任务管理器，结束“juhe-desk”，然后再重新打开 juhe-desk。</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="43"/>
        <source>Daily totals from the gateway</source>
        <translation>网关的每日统计</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="50"/>
        <source>Last &amp;7 days</source>
        <translation>最近 7 天(&amp;7)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="51"/>
        <source>Last &amp;30 days</source>
        <translation>最近 30 天(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="57"/>
        <source>Refresh statistics</source>
        <translation>刷新统计</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="60"/>
        <source>The gateway gives statistics about once an hour; until then the figures it gave last are shown</source>
        <translation>网关大约每小时只提供一次统计；在此之前显示的是上次获取的数据</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="133"/>
        <source>Enter the account&apos;s password (Edit account…) to get statistics.</source>
        <translation>请先填写账户密码（编辑账户…）才能获取统计。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="135"/>
        <source>Asking the gateway for statistics…</source>
        <translation>正在向网关查询统计…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="153"/>
        <source>No statistics: {reason}</source>
        <translation>没有统计数据：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="161"/>
        <source>No SMS sent in the last %Ln day(s).</source>
        <translation>
            <numerusform>最近 %Ln 天没有发送短信。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="166"/>
        <source>%Ln SMS sent</source>
        <translation>
            <numerusform>已发送 %Ln 条短信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="167"/>
        <source>{success} delivered, {fail} failed, {unknown} unknown</source>
        <translation>成功 {success} 条，失败 {fail} 条，未知 {unknown} 条</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="170"/>
        <source>success rate {rate:.1f}%</source>
        <translation>成功率 {rate:.1f}%</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="176"/>
        <source>Showing the figures from {time}.</source>
        <translation>显示的是 {time} 的数据。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="179"/>
        <source>The gateway gives statistics only about once an hour, so it did not answer just now.</source>
        <translation>网关大约每小时只提供一次统计，所以刚才没有返回数据。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="181"/>
        <source>New figures can be fetched after {time}.</source>
        <translation>{time} 之后可以获取新数据。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="185"/>
        <source>Could not get new figures: {reason}</source>
        <translation>无法获取新数据：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="190"/>
        <source>Figures from {time}; the gateway is asked at most once an hour, next after {next}.</source>
        <translation>数据来自 {time}；每小时最多向网关查询一次，下次在 {next} 之后。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="193"/>
        <source>Figures from {time}, just fetched from the gateway.</source>
        <translation>数据来自 {time}，刚从网关获取。</translation>
    </message>
</context>
<context>
    <name>TeamHostDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="70"/>
        <source>Team database on this computer</source>
        <translation>本机团队数据库</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="97"/>
        <source>Looking at the team database…</source>
        <translation>正在查看团队数据库…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="104"/>
        <source>Desks that share one gateway account can share one history: opt-outs, templates, campaigns, delivery reports and replies. One computer keeps it for the team. It must be switched on, with juhe-desk open, while the others work. This desk works in it too from juhe-desk&apos;s next start; its history so far stays in its own data file.</source>
        <translation>共用一个短信账户的几台电脑，可以共用一份记录：退订名单、模板、群发任务、状态报告和回复。由一台电脑为大家保存这份记录；其他人工作时，这台电脑要开着，并且打开 juhe-desk。下次启动 juhe-desk 起，这台电脑自己也使用它；这台电脑以前的记录仍留在它自己的数据文件里。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="114"/>
        <source>&amp;Set up the team database here</source>
        <translation>在这台电脑上建立团队数据库(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="118"/>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="53"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="26"/>
        <source>Join the team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="29"/>
        <source>At each other desk, type this in Account settings, Team&apos;s shared database:</source>
        <translation>在其他每台电脑的“账户设置”→“团队共享数据库”里填写以下内容：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="41"/>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="48"/>
        <source>&amp;Copy what to type</source>
        <translation>复制加入信息(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="51"/>
        <source>Server (host):</source>
        <translation>服务器（主机）：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="54"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="55"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="56"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="137"/>
        <source>The first time, Windows may ask whether “postgres” may use the network: choose private networks and Allow (this may need an administrator once). Keep this computer on while the others work.</source>
        <translation>第一次启动时，Windows 可能会询问是否允许“postgres”访问网络：请勾选“专用网络”并点“允许访问”（可能需要管理员确认一次）。其他人工作时，请让这台电脑保持开机。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="143"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="145"/>
        <source>&amp;New password…</source>
        <translation>换新密码(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="148"/>
        <source>Change &amp;port…</source>
        <translation>换端口(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="151"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="181"/>
        <source>Setting up the team database (a few seconds)…</source>
        <translation>正在建立团队数据库（需要几秒钟）…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="192"/>
        <source>Stopping the team database…</source>
        <translation>正在停止团队数据库…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="196"/>
        <source>Stop the team database? The other desks lose the shared data until it runs again (it starts with juhe-desk next time).</source>
        <translation>要停止团队数据库吗？停止后，其他电脑暂时看不到共享的数据，直到它再次运行（下次打开 juhe-desk 时会自动启动）。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="198"/>
        <source>This desk too works in it: it cannot save or show anything until the database runs again.</source>
        <translation>这台电脑自己也在使用它：数据库重新运行之前，这里也不能保存或显示任何记录。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="206"/>
        <source>Starting the team database…</source>
        <translation>正在启动团队数据库…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="216"/>
        <source>Backing up the team database…</source>
        <translation>正在备份团队数据库…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="226"/>
        <source>Making a new password…</source>
        <translation>正在生成新密码…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="230"/>
        <source>Make a new password? The old one stops working at once: every other desk must join again with the new one.</source>
        <translation>要换一个新密码吗？旧密码会立即失效，其他每台电脑都要用新密码重新加入。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="232"/>
        <source>This desk takes the new one when juhe-desk starts again: start it again afterwards.</source>
        <translation>这台电脑要重新启动 juhe-desk 才会用上新密码：改完后请重新打开 juhe-desk。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="249"/>
        <source>The team database uses port {port} now: let the other desks join again with it.</source>
        <translation>团队数据库现在使用端口 {port}：请让其他电脑按这个端口重新加入。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="251"/>
        <source>This desk takes the new port when juhe-desk starts again: start it again afterwards.</source>
        <translation>这台电脑要重新启动 juhe-desk 才会用上新端口：改完后请重新打开 juhe-desk。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="255"/>
        <source>Moving the team database to port {port}…</source>
        <translation>正在把团队数据库换到端口 {port}…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="265"/>
        <source>Copied. Send it only to the people at your desks.</source>
        <translation>已复制。请只发给店里使用这些电脑的同事。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="78"/>
        <source>Join the team (juhe-desk)</source>
        <translation>加入团队（juhe-desk）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="79"/>
        <source>Server (host): {name}</source>
        <translation>服务器（主机）：{name}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="62"/>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="80"/>
        <source>or its address: {addresses}</source>
        <translation>或地址：{addresses}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="82"/>
        <source>Port: {port}</source>
        <translation>端口：{port}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="83"/>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="84"/>
        <source>User name: {name}</source>
        <translation>用户名：{name}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="85"/>
        <source>Password: {password}</source>
        <translation>密码：{password}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="294"/>
        <source>Running on port {port}: the other desks can join and work.</source>
        <translation>正在运行（端口 {port}）：其他电脑可以加入并使用。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="296"/>
        <source>Stopped: the other desks cannot reach the shared data.</source>
        <translation>已停止：其他电脑现在无法使用共享的数据。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="297"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="297"/>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="63"/>
        <source>(none found)</source>
        <translation>（没有找到）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="40"/>
        <source>not known here: make a new password</source>
        <translation>本机不知道密码：请换一个新密码</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="319"/>
        <source>This desk works in it too.</source>
        <translation>这台电脑自己也在使用它。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="321"/>
        <source>This desk works in it from juhe-desk&apos;s next start; its history so far stays in its own data file.</source>
        <translation>下次启动 juhe-desk 起，这台电脑自己也使用它；这台电脑以前的记录仍留在它自己的数据文件里。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="323"/>
        <source>This desk keeps its own history. To work in the team database here too, type 127.0.0.1 and the details below in Account settings, Team&apos;s shared database.</source>
        <translation>这台电脑的记录单独保存。如果这台电脑也要使用团队数据库，请在“账户设置”→“团队共享数据库”里填写服务器 127.0.0.1 和下面的其他内容。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="339"/>
        <source>No backup yet: one is made every day while it runs, the last 7 kept in {folder}.</source>
        <translation>还没有备份：运行期间每天自动备份一次，最近 7 份保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="341"/>
        <source>Last backup: {time} (one a day, the last 7 kept in {folder}).</source>
        <translation>最近一次备份：{time}（每天一次，最近 7 份保存在 {folder}）。</translation>
    </message>
</context>
<context>
    <name>TeamPortDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="42"/>
        <source>Change the team database&apos;s port</source>
        <translation>更换团队数据库的端口</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="43"/>
        <source>The team database uses port {port} now. Choose a port no other program uses. The other desks must then join again with the new port (Account settings, Team&apos;s shared database).</source>
        <translation>团队数据库现在使用端口 {port}。请选一个没有被其他程序占用的端口。换好后，其他电脑要按新端口重新加入（在“账户设置”→“团队共享数据库”里）。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="47"/>
        <source>This desk takes the new port when juhe-desk starts again: start it again afterwards.</source>
        <translation>这台电脑要重新启动 juhe-desk 才会用上新端口：改完后请重新打开 juhe-desk。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="58"/>
        <source>Change port</source>
        <translation>换端口</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="66"/>
        <source>New port:</source>
        <translation>新端口：</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="99"/>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="95"/>
        <source>Changing the team database&apos;s port…</source>
        <translation>正在更换团队数据库的端口…</translation>
    </message>
</context>
<context>
    <name>TeamRestore</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="63"/>
        <source>Restore the team database from a backup</source>
        <translation>从备份恢复团队数据库</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="64"/>
        <source>Choose the backup to go back to. Everything after it is replaced: you are asked once more before anything changes.</source>
        <translation>请选择要恢复到哪一次备份。那之后的所有记录都会被替换；真正改动之前还会再问您一次。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="79"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="90"/>
        <source>daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="90"/>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="91"/>
        <source>made before a restore</source>
        <translation>恢复前自动备份</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="92"/>
        <source>{time} ({kind})</source>
        <translation>{time}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="120"/>
        <source>Looking for the backups…</source>
        <translation>正在查找备份…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="126"/>
        <source>There is no backup to restore yet: one is made every day while the team database runs, or click “Back up now”.</source>
        <translation>还没有可以恢复的备份：团队数据库运行时每天会自动备份一次，也可以点“立即备份”。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="140"/>
        <source>Replace the team&apos;s whole shared history with the backup of {time}?

Everything every desk did after {time} is lost: campaigns and what they sent, delivery reports, replies, templates, settings, and the opt-outs added since (those customers could then get messages again). Messages sent after {time} will look as if they were never sent: do not send them again.

Close juhe-desk at every other desk first. What the team database holds now is backed up before it is replaced.</source>
        <translation>要用 {time} 的备份替换整个团队的共享记录吗？

所有电脑在 {time} 之后做的事都会丢失：群发任务和发出的短信记录、状态报告、回复、模板、设置，以及之后新增的退订号码（这些客户可能会再次收到短信）。{time} 之后发出的短信会显示为从未发送：请不要再发一次。

请先在其他每台电脑上关掉 juhe-desk。替换之前，会先把团队数据库现在的内容备份一份。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="149"/>
        <source>This window closes and opens again on the restored history.</source>
        <translation>本窗口会关闭，然后用恢复后的记录重新打开。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="153"/>
        <source>Replace with this backup</source>
        <translation>用这个备份替换</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="153"/>
        <source>Restore the team database?</source>
        <translation>恢复团队数据库？</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="154"/>
        <source>Keep the history as it is</source>
        <translation>保持现有记录不变</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="167"/>
        <source>Looking whether juhe-desk runs at other desks…</source>
        <translation>正在查看其他电脑是否还开着 juhe-desk…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="176"/>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="223"/>
        <source>Restoring the team database (this can take a few minutes)…</source>
        <translation>正在恢复团队数据库（可能需要几分钟）…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="201"/>
        <source>The team database was not restored</source>
        <translation>团队数据库没有恢复</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="202"/>
        <source>juhe-desk is still open at: {desks}.

A restore replaces the history those desks work in, so it is only done while juhe-desk is closed at every other desk. Nothing was changed: the team&apos;s history is as it was.

Close juhe-desk at those desks (they lose nothing: what they did is saved), then click “Restore from a backup…” again.</source>
        <translation>这些电脑还开着 juhe-desk：{desks}。

恢复备份会替换这些电脑正在用的记录，所以只有在其他每台电脑都关掉 juhe-desk 之后才能恢复。这次什么都没有改动，团队的记录和原来一样。

请先在这些电脑上关掉 juhe-desk（不会丢失任何东西，它们做过的都已保存），然后再点“从备份恢复…”。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="235"/>
        <source>The team database is back as it was at {time}. What it held just before is kept as the backup {name}. The other desks may start juhe-desk again.</source>
        <translation>团队数据库已恢复到 {time} 的状态。恢复之前的内容已保存为备份 {name}。其他电脑现在可以重新打开 juhe-desk 了。</translation>
    </message>
</context>
<context>
    <name>UncertainDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="54"/>
        <source>Uncertain batches</source>
        <translation>不确定的批次</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="61"/>
        <source>The gateway did not answer for these batches, so juhe-desk cannot tell whether their messages went out. Under each batch: how many of its numbers got a delivery report after it was sent. Reports for most of them suggest it went; none after a long wait suggests it did not. A report cannot prove it, though: the same numbers may have got a message from elsewhere.

Did the batch go out? Choose “Send it again” only if you are sure it did not: otherwise these customers get the message twice.</source>
        <translation>网关没有回答这些批次，所以软件无法确定其中的短信是否已经发出。每一批下面写着：发送之后，这批号码中有多少个收到了状态报告。大部分号码都有报告，通常说明已经发出；等了很久一个都没有，通常说明没有发出。但状态报告不能作为证明：这些号码也可能从别处收到过短信。

这一批发出去了吗？只有确定没有发出时才选“重新发送”，否则这些客户会收到两次短信。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="70"/>
        <source>It &amp;went (mark as sent)</source>
        <translation>已发出（标记为已发送）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="72"/>
        <source>It did &amp;not go: send it again</source>
        <translation>没有发出：重新发送(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="156"/>
        <source>Batch {seq}: %Ln number(s), sent at {time}</source>
        <translation>
            <numerusform>第 {seq} 批：%Ln 个号码，发送于 {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="166"/>
        <source>No delivery report for its numbers yet.</source>
        <translation>这批号码还没有收到状态报告。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="167"/>
        <source>Delivery reports after it was sent: %Ln of {total} number(s) ({delivered} delivered)</source>
        <translation>
            <numerusform>发送后已有状态报告的号码：%Ln / {total} 个（成功 {delivered} 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="171"/>
        <source>; %Ln of them came by push</source>
        <translation>
            <numerusform>；其中 %Ln 个来自推送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/user_guide.py" line="77"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="52"/>
        <source>The disk is full: juhe-desk cannot save its data. Free some disk space (delete files you no longer need, empty the recycle bin), then carry on.</source>
        <translation>磁盘已满：juhe-desk 无法保存数据。请清理磁盘空间（删除不需要的文件、清空回收站），然后再继续。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="55"/>
        <source>The data folder cannot be written (it is read-only, or you may not write there): juhe-desk cannot save its data. Check that the disk is not write-protected and that you may write to the folder, then start juhe-desk again.</source>
        <translation>数据文件夹无法写入（只读，或没有写入权限）：juhe-desk 无法保存数据。请确认磁盘没有写保护、您有该文件夹的写入权限，然后重新启动 juhe-desk。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="60"/>
        <source>The data file is damaged: part of the history cannot be read. Use File › Restore from a backup… to go back to the latest backup; the damaged file is kept, nothing is deleted.</source>
        <translation>数据文件已损坏：部分历史记录无法读取。请用“文件 › 从备份恢复…”恢复到最近的备份；损坏的文件会保留，不会删除任何文件。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="64"/>
        <source>The data file is in use by another program (another juhe-desk?). Close that program, then try again.</source>
        <translation>数据文件正被另一个程序使用（另一个 juhe-desk？）。请关闭那个程序，然后再试一次。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="66"/>
        <source>Reading or writing the data file failed: the disk may be failing, full or unplugged. Check the disk, then start juhe-desk again; the details are in the log file.</source>
        <translation>读写数据文件失败：磁盘可能有故障、已满或已被拔出。请检查磁盘，然后重新启动 juhe-desk；详细信息在日志文件中。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="76"/>
        <source>The team database cannot be reached (the network, or the computer holding it), so the send stopped before its next batch; it waits, and you resume it once the database is back.</source>
        <translation>团队数据库连不上（网络断了，或放数据库的电脑没开），所以发送在下一批之前停了下来；它会等着，数据库恢复后由您继续发送。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="80"/>
        <source>An unexpected error stopped the send; the details are in the log file.</source>
        <translation>发送因意外错误中断；详细信息在日志文件中。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="82"/>
        <source>Every answer received was stored; the numbers not yet sent were not sent, and can be sent once the problem is solved.</source>
        <translation>已收到的网关回复都已保存；还没发出的号码没有发送，问题解决后可以继续发送。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="85"/>
        <source>Some numbers may have received the message, but the gateway&apos;s answers could not be stored: they are uncertain. Do not send to them again; once the problem is solved and juhe-desk started again, wait for their delivery reports and check them in the Delivery reports tab.</source>
        <translation>有些号码可能已经收到短信，但网关的回复没能保存，这些号码的状态不确定。请不要给它们重发；问题解决并重新启动 juhe-desk 后，等状态报告到达，在“状态报告”页核对。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="96"/>
        <source>{reason} {outcome}</source>
        <translation>{reason}{outcome}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="101"/>
        <source>The file cannot be opened: permission denied. Close it in other programs or choose another folder.</source>
        <translation>无法打开文件：没有权限。请在其他程序中关闭该文件，或换一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="104"/>
        <source>The file was not found. It may have been moved or deleted.</source>
        <translation>找不到文件，可能已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="106"/>
        <source>The disk is full: the file could not be written. Free some disk space (delete files you no longer need, empty the recycle bin) or choose another disk.</source>
        <translation>磁盘已满：文件无法写入。请清理磁盘空间（删除不需要的文件、清空回收站），或换一个磁盘。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="110"/>
        <source>This place cannot be written (the disk is read-only): {path}. Choose another folder.</source>
        <translation>这个位置无法写入（磁盘是只读的）：{path}。请换一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="112"/>
        <source>A file or network operation failed: {reason}</source>
        <translation>文件或网络操作失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="45"/>
        <source>Something unexpected went wrong; the details are in the log file. Nothing was lost: please try again.</source>
        <translation>出现了意外错误，详细信息已写入日志文件。数据没有丢失：请再试一次。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="92"/>
        <source>%Ln number(s) may have received the message, but the gateway&apos;s answers could not be stored: they are uncertain. Do not send to them again; once the problem is solved and juhe-desk started again, wait for their delivery reports and check them in the Delivery reports tab.</source>
        <translation>%Ln 个号码可能已经收到短信，但网关的回复没能保存，这些号码的状态不确定。请不要给它们重发；问题解决并重新启动 juhe-desk 后，等状态报告到达，在“状态报告”页核对。</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../juhe_desk/ui/startup.py" line="115"/>
        <source>Connecting to the team&apos;s shared database…</source>
        <translation>正在连接团队共享数据库…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/startup.py" line="158"/>
        <source>Upgrading the data file (a backup is made first)…</source>
        <translation>正在升级数据文件（会先做一个备份）…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/startup.py" line="208"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/startup.py" line="209"/>
        <source>The backup of {date} was restored; the damaged file was kept aside in the data folder.</source>
        <translation>已恢复 {date} 的备份；损坏的文件已保留在数据文件夹中。</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/startup.py" line="219"/>
        <source>A new, empty data file was started; the damaged one was kept as {name} in the data folder.</source>
        <translation>已开始使用新的空数据文件；损坏的文件已保留为数据文件夹中的 {name}。</translation>
    </message>
</context>
<context>
    <name>team_hosting</name>
    <message>
        <location filename="../../juhe_desk/ui/team_hosting.py" line="138"/>
        <source>Starting the team database…</source>
        <translation>正在启动团队数据库…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/team_hosting.py" line="141"/>
        <source>The team database did not start</source>
        <translation>团队数据库没有启动</translation>
    </message>
</context>
</TS>
