<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/about.py" line="18"/>
        <source>SMS campaigns through the 聚合云信 industry SMS gateway.</source>
        <translation>SMS campaigns through the 聚合云信 industry SMS gateway.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/about.py" line="19"/>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/about.py" line="21"/>
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/about.py" line="22"/>
        <source>Logs: {path}</source>
        <translation>Logs: {path}</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="66"/>
        <source>Gateway account</source>
        <translation>Gateway account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="81"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Leave empty to keep the saved password</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="86"/>
        <source>【Shop name】</source>
        <translation>【Shop name】</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="91"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="100"/>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="96"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="102"/>
        <source>Plain password</source>
        <translation>Plain password</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="103"/>
        <source>MD5 signed</source>
        <translation>MD5 signed</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="108"/>
        <source>Gateway address</source>
        <translation>Gateway address</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="109"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="110"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="111"/>
        <source>Access number (extno)</source>
        <translation>Access number (extno)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="112"/>
        <source>Registered signature(s)</source>
        <translation>Registered signature(s)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="113"/>
        <source>Price per SMS part</source>
        <translation>Price per SMS part</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="114"/>
        <source>Numbers per request</source>
        <translation>Numbers per request</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="115"/>
        <source>Check for reports every</source>
        <translation>Check for reports every</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="116"/>
        <source>Warn when balance is below</source>
        <translation>Warn when balance is below</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="117"/>
        <source>Password mode</source>
        <translation>Password mode</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="126"/>
        <source>Enter the account your SMS provider gave you. The password is kept in the system keyring, never in a file.</source>
        <translation>Enter the account your SMS provider gave you. The password is kept in the system keyring, never in a file.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="129"/>
        <source>Enter the account your SMS provider gave you. This computer has no usable system keyring, so the password is kept in memory for this run only (never in a file) and must be entered again the next time the app starts.</source>
        <translation>Enter the account your SMS provider gave you. This computer has no usable system keyring, so the password is kept in memory for this run only (never in a file) and must be entered again the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="177"/>
        <source>gateway address</source>
        <translation>gateway address</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="179"/>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="181"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="183"/>
        <source>access number</source>
        <translation>access number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="190"/>
        <source>Please fill in: {fields}</source>
        <translation>Please fill in: {fields}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="194"/>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="211"/>
        <source>Connection test failed: {reason}</source>
        <translation>Connection test failed: {reason}</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="74"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="81"/>
        <source>Refresh balance</source>
        <translation>Refresh balance</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="82"/>
        <source>Ask the gateway for the balance now (F5)</source>
        <translation>Ask the gateway for the balance now (F5)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="92"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="95"/>
        <source>Warn when the balance is below</source>
        <translation>Warn when the balance is below</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="114"/>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="133"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="116"/>
        <source>Choose the account to send from</source>
        <translation>Choose the account to send from</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="126"/>
        <source>A&amp;dd account…</source>
        <translation>A&amp;dd account…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="128"/>
        <source>&amp;Edit account…</source>
        <translation>&amp;Edit account…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="132"/>
        <source>Active account</source>
        <translation>Active account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="134"/>
        <source>Gateway address</source>
        <translation>Gateway address</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="135"/>
        <source>Access number (extno)</source>
        <translation>Access number (extno)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="136"/>
        <source>Signature(s)</source>
        <translation>Signature(s)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="137"/>
        <source>Price per SMS part</source>
        <translation>Price per SMS part</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="152"/>
        <source>No account with a password is set up.</source>
        <translation>No account with a password is set up.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="155"/>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="172"/>
        <source>Could not update the balance: {reason}</source>
        <translation>Could not update the balance: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="184"/>
        <source>Balance not checked yet</source>
        <translation>Balance not checked yet</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="191"/>
        <source>Below your warning level of ¥{amount}: top up soon so that sending does not stop.</source>
        <translation>Below your warning level of ¥{amount}: top up soon so that sending does not stop.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="195"/>
        <source>Updated at {time}</source>
        <translation>Updated at {time}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="200"/>
        <source>Pre-paid</source>
        <translation>Pre-paid</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="202"/>
        <source>Post-paid</source>
        <translation>Post-paid</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="207"/>
        <source>Pre-paid: sending stops when the balance runs out.</source>
        <translation>Pre-paid: sending stops when the balance runs out.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="209"/>
        <source>Post-paid: the provider bills the account afterwards.</source>
        <translation>Post-paid: the provider bills the account afterwards.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="210"/>
        <source>The gateway did not say how the account is charged.</source>
        <translation>The gateway did not say how the account is charged.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="214"/>
        <source>The account owes ¥{amount}.</source>
        <translation>The account owes ¥{amount}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="217"/>
        <source>Set the price per SMS part (Edit account…) to see how many SMS the balance pays for.</source>
        <translation>Set the price per SMS part (Edit account…) to see how many SMS the balance pays for.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="221"/>
        <source>No SMS left: please top up the account.</source>
        <translation>No SMS left: please top up the account.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="222"/>
        <source>About %Ln SMS left at ¥{price} each</source>
        <translation>
            <numerusform>About %Ln SMS left at ¥{price} each</numerusform>
            <numerusform>About %Ln SMS left at ¥{price} each</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="296"/>
        <source>No account is set up yet: use Add account…</source>
        <translation>No account is set up yet: use Add account…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="306"/>
        <source>¥{price} per part</source>
        <translation>¥{price} per part</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="307"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="309"/>
        <source>No password is saved for account {id}: use Edit account… to enter it.</source>
        <translation>No password is saved for account {id}: use Edit account… to enter it.</translation>
    </message>
</context>
<context>
    <name>BalanceGauge</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/balance_gauge.py" line="47"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/balance_gauge.py" line="75"/>
        <source>owes ¥{amount}</source>
        <translation>owes ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/balance_gauge.py" line="84"/>
        <source>warning below ¥{amount}</source>
        <translation>warning below ¥{amount}</translation>
    </message>
</context>
<context>
    <name>CampaignControl</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="85"/>
        <source>This campaign waits until the one sending now is done.</source>
        <translation>This campaign waits until the one sending now is done.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="135"/>
        <source>Pausing after the requests already on their way…</source>
        <translation>Pausing after the requests already on their way…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="159"/>
        <source>The campaign is cancelled: %Ln message(s) were not sent.</source>
        <translation>
            <numerusform>The campaign is cancelled: %Ln message(s) were not sent.</numerusform>
            <numerusform>The campaign is cancelled: %Ln message(s) were not sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="188"/>
        <source>No gateway account is set up yet, so nothing was sent. Open Account › Account settings…, then click Resume.</source>
        <translation>No gateway account is set up yet, so nothing was sent. Open Account › Account settings…, then click Resume.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="198"/>
        <source>This campaign belongs to account {owner}. Switch to that account to send it.</source>
        <translation>This campaign belongs to account {owner}. Switch to that account to send it.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="215"/>
        <source>Sending stopped: {reason}</source>
        <translation>Sending stopped: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="230"/>
        <source>{accepted} accepted, {refused} refused, {uncertain} uncertain.</source>
        <translation>{accepted} accepted, {refused} refused, {uncertain} uncertain.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="234"/>
        <source>Balance too low: the campaign is paused. Top up the account, then click Resume. ({reason}) {counts}</source>
        <translation>Balance too low: the campaign is paused. Top up the account, then click Resume. ({reason}) {counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="238"/>
        <source>Sending paused: {reason} Click Resume to carry on. {counts}</source>
        <translation>Sending paused: {reason} Click Resume to carry on. {counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="241"/>
        <source>Sending stopped: {reason} Once that is fixed, click Resume. {counts}</source>
        <translation>Sending stopped: {reason} Once that is fixed, click Resume. {counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="244"/>
        <source>Paused. Click Resume to send the rest. {counts}</source>
        <translation>Paused. Click Resume to send the rest. {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="247"/>
        <source>Sent, but %Ln message(s) are uncertain: the gateway did not answer in time. They are never sent again by themselves; wait for their delivery reports or decide with “Uncertain batches…”. {counts}</source>
        <translation>
            <numerusform>Sent, but %Ln message(s) are uncertain: the gateway did not answer in time. They are never sent again by themselves; wait for their delivery reports or decide with “Uncertain batches…”. {counts}</numerusform>
            <numerusform>Sent, but %Ln message(s) are uncertain: the gateway did not answer in time. They are never sent again by themselves; wait for their delivery reports or decide with “Uncertain batches…”. {counts}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="252"/>
        <source>Sent; the gateway refused some numbers (the table says why). {counts}</source>
        <translation>Sent; the gateway refused some numbers (the table says why). {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="254"/>
        <source>Sent: all %Ln number(s) accepted by the gateway. Delivery reports follow.</source>
        <translation>
            <numerusform>Sent: all %Ln number(s) accepted by the gateway. Delivery reports follow.</numerusform>
            <numerusform>Sent: all %Ln number(s) accepted by the gateway. Delivery reports follow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignLauncher</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="93"/>
        <source>{file} {time}</source>
        <translation>{file} {time}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="125"/>
        <source>No failed row is left to send again.</source>
        <translation>No failed row is left to send again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="136"/>
        <source>{name} (failed rows again)</source>
        <translation>{name} (failed rows again)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="183"/>
        <source>The campaign was not created: {reason}</source>
        <translation>The campaign was not created: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="201"/>
        <source>Scheduled for {time}. juhe-desk must be running then (if it is closed, the campaign waits until it is opened again).</source>
        <translation>Scheduled for {time}. juhe-desk must be running then (if it is closed, the campaign waits until it is opened again).</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="216"/>
        <source>This campaign was not made from a spreadsheet, so there is no sheet to write its results into.</source>
        <translation>This campaign was not made from a spreadsheet, so there is no sheet to write its results into.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="220"/>
        <source>{name} failed rows.xlsx</source>
        <translation>{name} failed rows.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="221"/>
        <source>{name} results.xlsx</source>
        <translation>{name} results.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="222"/>
        <source>Save the results</source>
        <translation>Save the results</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="223"/>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="249"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="237"/>
        <source>Saving the results…</source>
        <translation>Saving the results…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="240"/>
        <source>The results were saved to {path}.</source>
        <translation>The results were saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="247"/>
        <source>Save the rows not sent</source>
        <translation>Save the rows not sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="248"/>
        <source>{name} rows not sent.xlsx</source>
        <translation>{name} rows not sent.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/launch.py" line="259"/>
        <source>The rows not sent were saved to {path}.</source>
        <translation>The rows not sent were saved to {path}.</translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_model.py" line="44"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_model.py" line="44"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_model.py" line="44"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_model.py" line="44"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_model.py" line="45"/>
        <source>Message ID</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_model.py" line="45"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_model.py" line="45"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_model.py" line="45"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="77"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="78"/>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="306"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="79"/>
        <source>Cancel campaign…</source>
        <translation>Cancel campaign…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="101"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Export results…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="103"/>
        <source>Your spreadsheet with the columns 发送结果, 状态报告, 原因, 消息ID and 时间 added</source>
        <translation>Your spreadsheet with the columns 发送结果, 状态报告, 原因, 消息ID and 时间 added</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="105"/>
        <source>Export failed rows…</source>
        <translation>Export failed rows…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="107"/>
        <source>Send failed rows again…</source>
        <translation>Send failed rows again…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="109"/>
        <source>Uncertain batches…</source>
        <translation>Uncertain batches…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="113"/>
        <source>How many requests go to the gateway at the same time. Lower it if the gateway says it is busy.</source>
        <translation>How many requests go to the gateway at the same time. Lower it if the gateway says it is busy.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="119"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="120"/>
        <source>The least time between two requests.</source>
        <translation>The least time between two requests.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="153"/>
        <source>Campaign:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="165"/>
        <source>Requests at a time:</source>
        <translation>Requests at a time:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="167"/>
        <source>Pause between requests:</source>
        <translation>Pause between requests:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="278"/>
        <source>{total} messages: {delivered} delivered · {failed} failed · {submitted} awaiting report · {pending} not sent yet · {uncertain} uncertain</source>
        <translation>{total} messages: {delivered} delivered · {failed} failed · {submitted} awaiting report · {pending} not sent yet · {uncertain} uncertain</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="289"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="291"/>
        <source>Scheduled for {time}</source>
        <translation>Scheduled for {time}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="292"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="292"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="293"/>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="293"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="294"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="294"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="305"/>
        <source>Send &amp;now</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="328"/>
        <source>Cancel this campaign?</source>
        <translation>Cancel this campaign?</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="329"/>
        <source>The messages not sent yet will not be sent. What went already cannot be called back.</source>
        <translation>The messages not sent yet will not be sent. What went already cannot be called back.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="333"/>
        <source>Cancel the campaign</source>
        <translation>Cancel the campaign</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="335"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="365"/>
        <source>%Ln batch(es) will be sent again: click Resume.</source>
        <translation>
            <numerusform>%Ln batch(es) will be sent again: click Resume.</numerusform>
            <numerusform>%Ln batch(es) will be sent again: click Resume.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignTotalsView</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="87"/>
        <source>Choose a campaign above to see how many of its messages arrived.</source>
        <translation>Choose a campaign above to see how many of its messages arrived.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="94"/>
        <source>{name}: %Ln message(s)</source>
        <translation>
            <numerusform>{name}: %Ln message(s)</numerusform>
            <numerusform>{name}: %Ln message(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="96"/>
        <source>Delivered {n}</source>
        <translation>Delivered {n}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="97"/>
        <source>Failed {n}</source>
        <translation>Failed {n}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="98"/>
        <source>Pending {n}</source>
        <translation>Pending {n}</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="48"/>
        <source>&amp;Send…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="49"/>
        <source>Check the numbers and the cost, then send (Ctrl+Enter)</source>
        <translation>Check the numbers and the cost, then send (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="53"/>
        <source>%v of %m batches</source>
        <translation>%v of %m batches</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="55"/>
        <source>Stop sending</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="138"/>
        <source>A send is running</source>
        <translation>A send is running</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="139"/>
        <source>Messages are being sent right now. If you close the window, sending stops after the current batch and the remaining numbers are not sent.</source>
        <translation>Messages are being sent right now. If you close the window, sending stops after the current batch and the remaining numbers are not sent.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="144"/>
        <source>Stop sending and close</source>
        <translation>Stop sending and close</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="146"/>
        <source>Keep sending</source>
        <translation>Keep sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="161"/>
        <source>No gateway account is set up yet. Open Account › Account settings… and enter the account and password the gateway administrator gave you.</source>
        <translation>No gateway account is set up yet. Open Account › Account settings… and enter the account and password the gateway administrator gave you.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="166"/>
        <source>The password of account {account} is not known on this computer. Open Account › Account settings… and enter it again.</source>
        <translation>The password of account {account} is not known on this computer. Open Account › Account settings… and enter it again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="192"/>
        <source>Every number is on the opt-out list, so there is nobody to send to. Tick “Include opted-out numbers” only if they agreed to get this message.</source>
        <translation>Every number is on the opt-out list, so there is nobody to send to. Tick “Include opted-out numbers” only if they agreed to get this message.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="196"/>
        <source>Enter at least one valid mobile number in the Recipients box.</source>
        <translation>Enter at least one valid mobile number in the Recipients box.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="201"/>
        <source>Type the message text first.</source>
        <translation>Type the message text first.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="217"/>
        <source>Quick send {time}</source>
        <translation>Quick send {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="225"/>
        <source>Sending to %Ln number(s)…</source>
        <translation>
            <numerusform>Sending to %Ln number(s)…</numerusform>
            <numerusform>Sending to %Ln number(s)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="233"/>
        <source>Stopping after the requests already on their way…</source>
        <translation>Stopping after the requests already on their way…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="242"/>
        <source>Sending… {accepted} accepted, {refused} refused so far.</source>
        <translation>Sending… {accepted} accepted, {refused} refused so far.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="253"/>
        <source>The send did not start: {reason}</source>
        <translation>The send did not start: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="271"/>
        <source>{accepted} accepted, {refused} refused.</source>
        <translation>{accepted} accepted, {refused} refused.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="274"/>
        <source>Sending stopped: {reason} {counts}</source>
        <translation>Sending stopped: {reason} {counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="277"/>
        <source>Sending was stopped as you asked; the remaining numbers were not sent. {counts}</source>
        <translation>Sending was stopped as you asked; the remaining numbers were not sent. {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="281"/>
        <source>%Ln number(s) may or may not have received the message: the gateway did not answer in time. Do not send to them again before their delivery reports arrive (Delivery reports tab). {counts}</source>
        <translation>
            <numerusform>%Ln number(s) may or may not have received the message: the gateway did not answer in time. Do not send to them again before their delivery reports arrive (Delivery reports tab). {counts}</numerusform>
            <numerusform>%Ln number(s) may or may not have received the message: the gateway did not answer in time. Do not send to them again before their delivery reports arrive (Delivery reports tab). {counts}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="286"/>
        <source>Sent, but the gateway refused some numbers; the table says why. {counts}</source>
        <translation>Sent, but the gateway refused some numbers; the table says why. {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="288"/>
        <source>All %Ln number(s) accepted by the gateway. Delivery reports will follow in the Delivery reports tab.</source>
        <translation>
            <numerusform>All %Ln number(s) accepted by the gateway. Delivery reports will follow in the Delivery reports tab.</numerusform>
            <numerusform>All %Ln number(s) accepted by the gateway. Delivery reports will follow in the Delivery reports tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="36"/>
        <source>Send these messages?</source>
        <translation>Send these messages?</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="49"/>
        <source>Each number gets this text:</source>
        <translation>Each number gets this text:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="65"/>
        <source>Send to %Ln number(s)</source>
        <translation>
            <numerusform>Send to %Ln number(s)</numerusform>
            <numerusform>Send to %Ln number(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="83"/>
        <source>Numbers:</source>
        <translation>Numbers:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="84"/>
        <source>SMS per number:</source>
        <translation>SMS per number:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="85"/>
        <source>SMS in all:</source>
        <translation>SMS in all:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="86"/>
        <source>Estimated cost:</source>
        <translation>Estimated cost:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="87"/>
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="98"/>
        <source>unknown: no price per SMS is set (Account settings)</source>
        <translation>unknown: no price per SMS is set (Account settings)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="99"/>
        <source>¥{cost} ({parts} × ¥{price})</source>
        <translation>¥{cost} ({parts} × ¥{price})</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="106"/>
        <source>unknown: it could not be checked. You can still send; the gateway refuses the numbers the balance cannot pay for.</source>
        <translation>unknown: it could not be checked. You can still send; the gateway refuses the numbers the balance cannot pay for.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="110"/>
        <source>¥{amount} (post-paid: the cost is billed later)</source>
        <translation>¥{amount} (post-paid: the cost is billed later)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="114"/>
        <source>¥{amount} (pre-paid)</source>
        <translation>¥{amount} (pre-paid)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="115"/>
        <source>¥{amount} (pre-paid); about ¥{left} left after this send</source>
        <translation>¥{amount} (pre-paid); about ¥{left} left after this send</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="122"/>
        <source>%Ln invalid entry(ies) will be skipped.</source>
        <translation>
            <numerusform>%Ln invalid entry(ies) will be skipped.</numerusform>
            <numerusform>%Ln invalid entry(ies) will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="124"/>
        <source>%Ln repeated number(s) get the message only once.</source>
        <translation>
            <numerusform>%Ln repeated number(s) get the message only once.</numerusform>
            <numerusform>%Ln repeated number(s) get the message only once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="127"/>
        <source>%Ln number(s) on the opt-out list are left out.</source>
        <translation>
            <numerusform>%Ln number(s) on the opt-out list are left out.</numerusform>
            <numerusform>%Ln number(s) on the opt-out list are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="130"/>
        <source>%Ln number(s) on the opt-out list are included, as you chose.</source>
        <translation>
            <numerusform>%Ln number(s) on the opt-out list are included, as you chose.</numerusform>
            <numerusform>%Ln number(s) on the opt-out list are included, as you chose.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="140"/>
        <source>This cannot be sent: the pre-paid balance is used up (¥{amount}). Ask the gateway administrator to top up the account, then send again.</source>
        <translation>This cannot be sent: the pre-paid balance is used up (¥{amount}). Ask the gateway administrator to top up the account, then send again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="143"/>
        <source>This cannot be sent: it costs about ¥{cost}, but the pre-paid balance is only ¥{amount} (¥{short} short). Ask the gateway administrator to top up the account, or send to fewer numbers or a shorter text.</source>
        <translation>This cannot be sent: it costs about ¥{cost}, but the pre-paid balance is only ¥{amount} (¥{short} short). Ask the gateway administrator to top up the account, or send to fewer numbers or a shorter text.</translation>
    </message>
</context>
<context>
    <name>ContentPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="45"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="49"/>
        <source>Put a saved text into the message box</source>
        <translation>Put a saved text into the message box</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="50"/>
        <source>Save as template…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="52"/>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="225"/>
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="55"/>
        <source>Type the message here.</source>
        <translation>Type the message here.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="65"/>
        <source>Add an opt-out note:</source>
        <translation>Add an opt-out note:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="69"/>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="131"/>
        <source>{chars} characters · {parts} part(s)</source>
        <translation>{chars} characters · {parts} part(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="138"/>
        <source>%Ln more character(s) make it {parts} parts</source>
        <translation>
            <numerusform>%Ln more character(s) make it {parts} parts</numerusform>
            <numerusform>%Ln more character(s) make it {parts} parts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="148"/>
        <source>No signature is set for this account. Most gateways refuse a message without its registered 【signature】: add it in Account settings, or type it into the text.</source>
        <translation>No signature is set for this account. Most gateways refuse a message without its registered 【signature】: add it in Account settings, or type it into the text.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="152"/>
        <source>The signature {signature} is added at the start and counted above.</source>
        <translation>The signature {signature} is added at the start and counted above.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="154"/>
        <source>The text holds the signature {signature}.</source>
        <translation>The text holds the signature {signature}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="169"/>
        <source>Choose a saved text…</source>
        <translation>Choose a saved text…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="190"/>
        <source>Type the text first, then save it as a template.</source>
        <translation>Type the text first, then save it as a template.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="195"/>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="196"/>
        <source>Name of the template (a template with the same name is replaced):</source>
        <translation>Name of the template (a template with the same name is replaced):</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="226"/>
        <source>Delete the template “{name}”? The message box keeps its text.</source>
        <translation>Delete the template “{name}”? The message box keeps its text.</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="42"/>
        <source>Daily totals</source>
        <translation>Daily totals</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="57"/>
        <source>%Ln message(s) sent</source>
        <translation>
            <numerusform>%Ln message(s) sent</numerusform>
            <numerusform>%Ln message(s) sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="59"/>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="183"/>
        <source>success rate {rate:.1f}%</source>
        <translation>success rate {rate:.1f}%</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="90"/>
        <source>No SMS sent in this period</source>
        <translation>No SMS sent in this period</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="152"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="152"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="153"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="153"/>
        <source>Success rate</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="178"/>
        <source>{day}: {total} sent, {success} delivered, {fail} failed, {unknown} unknown</source>
        <translation>{day}: {total} sent, {success} delivered, {fail} failed, {unknown} unknown</translation>
    </message>
</context>
<context>
    <name>FilePanel</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="76"/>
        <source>&amp;Open spreadsheet…</source>
        <translation>&amp;Open spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="77"/>
        <source>Excel (.xlsx, .xls), WPS, LibreOffice (.ods) or CSV. You can also drop a file on the window.</source>
        <translation>Excel (.xlsx, .xls), WPS, LibreOffice (.ods) or CSV. You can also drop a file on the window.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="79"/>
        <source>No file opened yet.</source>
        <translation>No file opened yet.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="82"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="85"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="88"/>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="90"/>
        <source>Save a template workbook…</source>
        <translation>Save a template workbook…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="93"/>
        <source>An empty workbook with the usual columns (姓名, 手机号, 单号, …) to fill in.</source>
        <translation>An empty workbook with the usual columns (姓名, 手机号, 单号, …) to fill in.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="97"/>
        <source>Reading… %p%</source>
        <translation>Reading… %p%</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="98"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="112"/>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="116"/>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="115"/>
        <source>Comma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="115"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="115"/>
        <source>Semicolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="115"/>
        <source>Bar |</source>
        <translation>Bar |</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="143"/>
        <source>Spreadsheets {patterns}</source>
        <translation>Spreadsheets {patterns}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="144"/>
        <source>Open a spreadsheet</source>
        <translation>Open a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="174"/>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="202"/>
        <source>{name}: %Ln row(s)</source>
        <translation>
            <numerusform>{name}: %Ln row(s)</numerusform>
            <numerusform>{name}: %Ln row(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="214"/>
        <source>Reading {name} was cancelled.</source>
        <translation>Reading {name} was cancelled.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="235"/>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="239"/>
        <source>Detect ({found})</source>
        <translation>Detect ({found})</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="243"/>
        <source>Save the template workbook</source>
        <translation>Save the template workbook</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="244"/>
        <source>customer-list.xlsx</source>
        <translation>customer-list.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="245"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="255"/>
        <source>The template was saved as {path}. Fill it in, save it, then open it here.</source>
        <translation>The template was saved as {path}. Fill it in, save it, then open it here.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="79"/>
        <source>Open a spreadsheet to begin.</source>
        <translation>Open a spreadsheet to begin.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="84"/>
        <source>Export rows not sent…</source>
        <translation>Export rows not sent…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="87"/>
        <source>The rows that will not be sent (invalid number, duplicate, opted out, no text), each with the reason, to fix and import again.</source>
        <translation>The rows that will not be sent (invalid number, duplicate, opted out, no text), each with the reason, to fix and import again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="89"/>
        <source>&amp;Start campaign…</source>
        <translation>&amp;Start campaign…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="145"/>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="146"/>
        <source>Rows not sent as they are</source>
        <translation>Rows not sent as they are</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="147"/>
        <source>Rows costing an extra SMS</source>
        <translation>Rows costing an extra SMS</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="156"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="184"/>
        <source>&amp;Open spreadsheet for bulk sending…</source>
        <translation>&amp;Open spreadsheet for bulk sending…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="187"/>
        <source>Save a &amp;template workbook…</source>
        <translation>Save a &amp;template workbook…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="220"/>
        <source>A campaign is sending</source>
        <translation>A campaign is sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="221"/>
        <source>A campaign is being sent right now. If you close the window, it pauses after the requests on their way; you can resume it the next time you open juhe-desk.</source>
        <translation>A campaign is being sent right now. If you close the window, it pauses after the requests on their way; you can resume it the next time you open juhe-desk.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="226"/>
        <source>Pause and close</source>
        <translation>Pause and close</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="227"/>
        <source>Keep sending</source>
        <translation>Keep sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="271"/>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Choose the column that holds the phone numbers.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="279"/>
        <source>Fix the message first: it names a column the sheet does not have.</source>
        <translation>Fix the message first: it names a column the sheet does not have.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="284"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Checking %Ln row(s)…</numerusform>
            <numerusform>Checking %Ln row(s)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="293"/>
        <source>{valid} valid · {invalid} invalid · {duplicates} duplicate · {opted_out} opted out</source>
        <translation>{valid} valid · {invalid} invalid · {duplicates} duplicate · {opted_out} opted out</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="300"/>
        <source>Type the message to send, then check the texts below.</source>
        <translation>Type the message to send, then check the texts below.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="321"/>
        <source>%Ln SMS in all</source>
        <translation>
            <numerusform>%Ln SMS in all</numerusform>
            <numerusform>%Ln SMS in all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="323"/>
        <source>, about ¥{cost}</source>
        <translation>, about ¥{cost}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="327"/>
        <source>%Ln row(s) need an extra SMS (highlighted)</source>
        <translation>
            <numerusform>%Ln row(s) need an extra SMS (highlighted)</numerusform>
            <numerusform>%Ln row(s) need an extra SMS (highlighted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="330"/>
        <source>%Ln row(s) without text</source>
        <translation>
            <numerusform>%Ln row(s) without text</numerusform>
            <numerusform>%Ln row(s) without text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="332"/>
        <source>%Ln text(s) with a line break, sent separately</source>
        <translation>
            <numerusform>%Ln text(s) with a line break, sent separately</numerusform>
            <numerusform>%Ln text(s) with a line break, sent separately</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="350"/>
        <source>Set up the gateway account first: Account › Account settings…</source>
        <translation>Set up the gateway account first: Account › Account settings…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="353"/>
        <source>Another campaign is being sent; start this one when it is done.</source>
        <translation>Another campaign is being sent; start this one when it is done.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="356"/>
        <source>Check the counts and the cost, then send now or at a chosen time (Ctrl+Enter)</source>
        <translation>Check the counts and the cost, then send now or at a chosen time (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="108"/>
        <source>Campaign answered</source>
        <translation>Campaign answered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="108"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="108"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="108"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="109"/>
        <source>Access code</source>
        <translation>Access code</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="161"/>
        <source>Sent to this number:
{text}</source>
        <translation>Sent to this number:
{text}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="163"/>
        <source>This reply asks to opt out: the number is on the opt-out list unless someone removed it.</source>
        <translation>This reply asks to opt out: the number is on the opt-out list unless someone removed it.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="167"/>
        <source>Opt-out reply</source>
        <translation>Opt-out reply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="174"/>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="184"/>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="71"/>
        <source>Filter: the start of a number, or words in the reply</source>
        <translation>Filter: the start of a number, or words in the reply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="75"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Reply…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="76"/>
        <source>Write a message to the selected number (Enter or double-click a row)</source>
        <translation>Write a message to the selected number (Enter or double-click a row)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="78"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="79"/>
        <source>Save the replies shown to an Excel file</source>
        <translation>Save the replies shown to an Excel file</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="80"/>
        <source>Opt-out &amp;list…</source>
        <translation>Opt-out &amp;list…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="152"/>
        <source>The push receiver did not start: {reason}</source>
        <translation>The push receiver did not start: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="202"/>
        <source>replies-{date}.xlsx</source>
        <translation>replies-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="203"/>
        <source>Export replies</source>
        <translation>Export replies</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="205"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="220"/>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="250"/>
        <source>%Ln new reply(ies)</source>
        <translation>
            <numerusform>%Ln new reply(ies)</numerusform>
            <numerusform>%Ln new reply(ies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="252"/>
        <source>, %Ln opt-out(s)</source>
        <translation>
            <numerusform>, %Ln opt-out(s)</numerusform>
            <numerusform>, %Ln opt-out(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="281"/>
        <source>Replies saved to {path}</source>
        <translation>Replies saved to {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="301"/>
        <source>%Ln reply(ies)</source>
        <translation>
            <numerusform>%Ln reply(ies)</numerusform>
            <numerusform>%Ln reply(ies)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="317"/>
        <source>&amp;Export replies…</source>
        <translation>&amp;Export replies…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="320"/>
        <source>&amp;Opt-out list…</source>
        <translation>&amp;Opt-out list…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="323"/>
        <source>&amp;Push receiver…</source>
        <translation>&amp;Push receiver…</translation>
    </message>
</context>
<context>
    <name>InvalidNumbersDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/compose/invalid_numbers_dialog.py" line="77"/>
        <source>Invalid numbers</source>
        <translation>Invalid numbers</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/invalid_numbers_dialog.py" line="90"/>
        <source>&amp;Copy list</source>
        <translation>&amp;Copy list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/invalid_numbers_dialog.py" line="104"/>
        <source>%Ln entry(ies) of the recipients box are not usable mobile numbers and will be skipped. Correct them in the box, or leave them out.</source>
        <translation>
            <numerusform>%Ln entry(ies) of the recipients box are not usable mobile numbers and will be skipped. Correct them in the box, or leave them out.</numerusform>
            <numerusform>%Ln entry(ies) of the recipients box are not usable mobile numbers and will be skipped. Correct them in the box, or leave them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvalidNumbersModel</name>
    <message>
        <location filename="../../juhe_desk/ui/compose/invalid_numbers_dialog.py" line="41"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/invalid_numbers_dialog.py" line="41"/>
        <source>Why it cannot be used</source>
        <translation>Why it cannot be used</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="63"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="71"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="72"/>
        <source>Account &amp;settings…</source>
        <translation>Account &amp;settings…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="75"/>
        <source>&amp;Add another account…</source>
        <translation>&amp;Add another account…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="78"/>
        <source>&amp;Refresh balance</source>
        <translation>&amp;Refresh balance</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="81"/>
        <source>Check for &amp;reports and replies now</source>
        <translation>Check for &amp;reports and replies now</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="85"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="87"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="88"/>
        <source>&amp;About juhe-desk</source>
        <translation>&amp;About juhe-desk</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="90"/>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copy diagnostics</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="151"/>
        <source>No account set up</source>
        <translation>No account set up</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="153"/>
        <source>Account {id}</source>
        <translation>Account {id}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="159"/>
        <source>Balance: —</source>
        <translation>Balance: —</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="162"/>
        <source>Balance: ¥{amount}</source>
        <translation>Balance: ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="165"/>
        <source>(low)</source>
        <translation>(low)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="171"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="174"/>
        <source>Not connected: {reason}</source>
        <translation>Not connected: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="182"/>
        <source>Diagnostics copied to the clipboard (no password is included).</source>
        <translation>Diagnostics copied to the clipboard (no password is included).</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="188"/>
        <source>About juhe-desk</source>
        <translation>About juhe-desk</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="40"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="40"/>
        <source>Bulk import</source>
        <translation>Bulk import</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="40"/>
        <source>Delivery reports</source>
        <translation>Delivery reports</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="40"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="41"/>
        <source>Inbox / replies</source>
        <translation>Inbox / replies</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="49"/>
        <source>Type the message. To fill in a value from each row, put its column name in braces, e.g. {姓名}, or click a column below.</source>
        <translation>Type the message. To fill in a value from each row, put its column name in braces, e.g. {姓名}, or click a column below.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="57"/>
        <source>Click a column to insert it where the cursor is.</source>
        <translation>Click a column to insert it where the cursor is.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="67"/>
        <source>Add an opt-out note:</source>
        <translation>Add an opt-out note:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="70"/>
        <source>Keep only the first row per number</source>
        <translation>Keep only the first row per number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="73"/>
        <source>A number listed again with a different text gets only its first row. The same number with the same text is always sent once.</source>
        <translation>A number listed again with a different text gets only its first row. The same number with the same text is always sent once.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="75"/>
        <source>Include opted-out numbers</source>
        <translation>Include opted-out numbers</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="78"/>
        <source>Numbers on the opt-out list are left out unless you tick this. Tick it only if they agreed to get this message.</source>
        <translation>Numbers on the opt-out list are left out unless you tick this. Tick it only if they agreed to get this message.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="96"/>
        <source>&amp;Phone number column:</source>
        <translation>&amp;Phone number column:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="97"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="98"/>
        <source>Insert a column:</source>
        <translation>Insert a column:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="128"/>
        <source>Column {n}</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="135"/>
        <source>Insert {{{name}}}</source>
        <translation>Insert {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="184"/>
        <source>Each row gets its own text, filled in from the columns {fields}.</source>
        <translation>Each row gets its own text, filled in from the columns {fields}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="188"/>
        <source>Every row gets the same text.</source>
        <translation>Every row gets the same text.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="193"/>
        <source>The signature {signature} is added at the start of every text.</source>
        <translation>The signature {signature} is added at the start of every text.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="199"/>
        <source>No signature is set for this account: most gateways refuse a text without its registered 【signature】. Add it in Account › Account settings…</source>
        <translation>No signature is set for this account: most gateways refuse a text without its registered 【signature】. Add it in Account › Account settings…</translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="133"/>
        <source>Opt-out list</source>
        <translation>Opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="139"/>
        <source>Numbers on this list are left out of every send unless you include them for one send. Replies such as R, TD or 退订 add their number here by themselves.</source>
        <translation>Numbers on this list are left out of every send unless you include them for one send. Replies such as R, TD or 退订 add their number here by themselves.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="144"/>
        <source>Search: the start of a number</source>
        <translation>Search: the start of a number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="163"/>
        <source>Mobile number to add</source>
        <translation>Mobile number to add</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="164"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="165"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="167"/>
        <source>&amp;Import from pasted text…</source>
        <translation>&amp;Import from pasted text…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="226"/>
        <source>“{number}” is not a mobile number: {reason}</source>
        <translation>“{number}” is not a mobile number: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="236"/>
        <source>{number} is on the opt-out list now.</source>
        <translation>{number} is on the opt-out list now.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="239"/>
        <source>{number} was already on the list.</source>
        <translation>{number} was already on the list.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="247"/>
        <source>Remove from the opt-out list</source>
        <translation>Remove from the opt-out list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="248"/>
        <source>Remove %Ln number(s) from the opt-out list? They will get messages again.</source>
        <translation>
            <numerusform>Remove %Ln number(s) from the opt-out list? They will get messages again.</numerusform>
            <numerusform>Remove %Ln number(s) from the opt-out list? They will get messages again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="252"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="267"/>
        <source>%Ln number(s) removed from the list.</source>
        <translation>
            <numerusform>%Ln number(s) removed from the list.</numerusform>
            <numerusform>%Ln number(s) removed from the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="284"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="314"/>
        <source>%Ln number(s) added</source>
        <translation>
            <numerusform>%Ln number(s) added</numerusform>
            <numerusform>%Ln number(s) added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="316"/>
        <source>%Ln already on the list</source>
        <translation>
            <numerusform>%Ln already on the list</numerusform>
            <numerusform>%Ln already on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="318"/>
        <source>%Ln not valid, left out</source>
        <translation>
            <numerusform>%Ln not valid, left out</numerusform>
            <numerusform>%Ln not valid, left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="319"/>
        <source>Import finished: {parts}.</source>
        <translation>Import finished: {parts}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="335"/>
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number(s)</numerusform>
            <numerusform>%Ln number(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutImportDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="106"/>
        <source>Import numbers to the opt-out list</source>
        <translation>Import numbers to the opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="107"/>
        <source>Paste numbers, one or several per line (a column copied from a spreadsheet works too):</source>
        <translation>Paste numbers, one or several per line (a column copied from a spreadsheet works too):</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="114"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>OptOutModel</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="56"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="56"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="56"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="56"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="57"/>
        <source>Added by hand</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="57"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="58"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="41"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="41"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="42"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="42"/>
        <source>Sent, no report yet</source>
        <translation>Sent, no report yet</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="43"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="43"/>
        <source>Refused by the gateway</source>
        <translation>Refused by the gateway</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="44"/>
        <source>Uncertain</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="45"/>
        <source>The gateway did not answer in time: it may or may not have sent it. Wait for the delivery report before sending again.</source>
        <translation>The gateway did not answer in time: it may or may not have sent it. Wait for the delivery report before sending again.</translation>
    </message>
</context>
<context>
    <name>PrecheckDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="48"/>
        <source>Start this campaign?</source>
        <translation>Start this campaign?</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="54"/>
        <source>Send &amp;now</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="55"/>
        <source>Send &amp;at:</source>
        <translation>Send &amp;at:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="78"/>
        <source>The first text, as it will be sent:</source>
        <translation>The first text, as it will be sent:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="79"/>
        <source>Every number gets this text:</source>
        <translation>Every number gets this text:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="128"/>
        <source>{invalid} invalid · {duplicates} duplicate · {opted_out} opted out · {empty} without text</source>
        <translation>{invalid} invalid · {duplicates} duplicate · {opted_out} opted out · {empty} without text</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="134"/>
        <source>(%Ln row(s) need an extra SMS)</source>
        <translation>
            <numerusform>(%Ln row(s) need an extra SMS)</numerusform>
            <numerusform>(%Ln row(s) need an extra SMS)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="136"/>
        <source>Numbers to send to:</source>
        <translation>Numbers to send to:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="137"/>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="138"/>
        <source>SMS in all:</source>
        <translation>SMS in all:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="139"/>
        <source>Estimated cost:</source>
        <translation>Estimated cost:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="140"/>
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="141"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="141"/>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="142"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="142"/>
        <source>Opt-out note:</source>
        <translation>Opt-out note:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="145"/>
        <source>Sends again:</source>
        <translation>Sends again:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="145"/>
        <source>the failed rows of “{name}”</source>
        <translation>the failed rows of “{name}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="156"/>
        <source>%Ln text(s) hold a line break: they are sent one by one, which takes a little longer.</source>
        <translation>
            <numerusform>%Ln text(s) hold a line break: they are sent one by one, which takes a little longer.</numerusform>
            <numerusform>%Ln text(s) hold a line break: they are sent one by one, which takes a little longer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="170"/>
        <source>unknown: no price per SMS is set (Account settings)</source>
        <translation>unknown: no price per SMS is set (Account settings)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="171"/>
        <source>¥{cost} ({parts} × ¥{price})</source>
        <translation>¥{cost} ({parts} × ¥{price})</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="178"/>
        <source>unknown: it could not be checked. The gateway refuses the numbers the balance cannot pay for; the campaign then pauses.</source>
        <translation>unknown: it could not be checked. The gateway refuses the numbers the balance cannot pay for; the campaign then pauses.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="182"/>
        <source>¥{amount} (post-paid: the cost is billed later)</source>
        <translation>¥{amount} (post-paid: the cost is billed later)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="186"/>
        <source>¥{amount} (pre-paid)</source>
        <translation>¥{amount} (pre-paid)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="187"/>
        <source>¥{amount} (pre-paid); about ¥{left} left afterwards</source>
        <translation>¥{amount} (pre-paid); about ¥{left} left afterwards</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="193"/>
        <source>There is nobody to send to: no row has a valid number and a text.</source>
        <translation>There is nobody to send to: no row has a valid number and a text.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="198"/>
        <source>This cannot be sent: the pre-paid balance is used up (¥{amount}). Ask the gateway administrator to top up the account.</source>
        <translation>This cannot be sent: the pre-paid balance is used up (¥{amount}). Ask the gateway administrator to top up the account.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="201"/>
        <source>This cannot be sent: it costs about ¥{cost}, but the pre-paid balance is only ¥{amount} (¥{short} short). Ask the gateway administrator to top up the account, or send to fewer rows or a shorter text.</source>
        <translation>This cannot be sent: it costs about ¥{cost}, but the pre-paid balance is only ¥{amount} (¥{short} short). Ask the gateway administrator to top up the account, or send to fewer rows or a shorter text.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="214"/>
        <source>{time} is outside 08:00-22:00. Marketing texts sent at night annoy customers and may break the rules on commercial SMS; a time in the day is better. (Order and delivery notices may go at any time.)</source>
        <translation>{time} is outside 08:00-22:00. Marketing texts sent at night annoy customers and may break the rules on commercial SMS; a time in the day is better. (Order and delivery notices may go at any time.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="224"/>
        <source>Schedule for %Ln number(s)</source>
        <translation>
            <numerusform>Schedule for %Ln number(s)</numerusform>
            <numerusform>Schedule for %Ln number(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="225"/>
        <source>Send to %Ln number(s)</source>
        <translation>
            <numerusform>Send to %Ln number(s)</numerusform>
            <numerusform>Send to %Ln number(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_model.py" line="53"/>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_model.py" line="53"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_model.py" line="53"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_model.py" line="53"/>
        <source>Text as sent</source>
        <translation>Text as sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_model.py" line="54"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_model.py" line="54"/>
        <source>Extra cost</source>
        <translation>Extra cost</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_model.py" line="54"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_model.py" line="159"/>
        <source>+{parts} SMS (¥{cost})</source>
        <translation>+{parts} SMS (¥{cost})</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_model.py" line="161"/>
        <source>+{parts} SMS</source>
        <translation>+{parts} SMS</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_model.py" line="186"/>
        <source>This text is {length} characters long: {parts} SMS instead of the {usual} most rows need.</source>
        <translation>This text is {length} characters long: {parts} SMS instead of the {usual} most rows need.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_model.py" line="190"/>
        <source>It costs ¥{cost} more.</source>
        <translation>It costs ¥{cost} more.</translation>
    </message>
</context>
<context>
    <name>PushSettingsDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="30"/>
        <source>Push receiver</source>
        <translation>Push receiver</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="36"/>
        <source>The gateway can send delivery reports and replies to this computer as soon as they arrive, instead of waiting for the next check. Ask the gateway&apos;s support to register the address below. Checking for reports and replies keeps working either way.</source>
        <translation>The gateway can send delivery reports and replies to this computer as soon as they arrive, instead of waiting for the next check. Ask the gateway&apos;s support to register the address below. Checking for reports and replies keeps working either way.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="41"/>
        <source>&amp;Receive pushed reports and replies</source>
        <translation>&amp;Receive pushed reports and replies</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="46"/>
        <source>0.0.0.0 listens on every network interface; 127.0.0.1 only on this computer.</source>
        <translation>0.0.0.0 listens on every network interface; 127.0.0.1 only on this computer.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="60"/>
        <source>Listen on &amp;address:</source>
        <translation>Listen on &amp;address:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="61"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="62"/>
        <source>P&amp;ath:</source>
        <translation>P&amp;ath:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="63"/>
        <source>Address for the gateway:</source>
        <translation>Address for the gateway:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="105"/>
        <source>http://&lt;this computer&apos;s public address&gt;:{port}{path}</source>
        <translation>http://&lt;this computer&apos;s public address&gt;:{port}{path}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="109"/>
        <source>Warning: listening on every network interface. Anyone who can reach this computer on port {port} can post reports and replies to it. The gateway on the internet must reach it (usually through port forwarding on the router and an opening in the firewall); open it to the gateway&apos;s address only.</source>
        <translation>Warning: listening on every network interface. Anyone who can reach this computer on port {port} can post reports and replies to it. The gateway on the internet must reach it (usually through port forwarding on the router and an opening in the firewall); open it to the gateway&apos;s address only.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="116"/>
        <source>Only programs on this computer can reach this address; a gateway on the internet cannot.</source>
        <translation>Only programs on this computer can reach this address; a gateway on the internet cannot.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="124"/>
        <source>Running: listening on port {port}.</source>
        <translation>Running: listening on port {port}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="126"/>
        <source>Not running: {reason}</source>
        <translation>Not running: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="128"/>
        <source>Not running.</source>
        <translation>Not running.</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="57"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="61"/>
        <source>Type or paste mobile numbers: one per line, or separated by commas or spaces. A column copied from Excel works too; +86, spaces and dashes are fine.</source>
        <translation>Type or paste mobile numbers: one per line, or separated by commas or spaces. A column copied from Excel works too; +86, spaces and dashes are fine.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="66"/>
        <source>Show &amp;invalid…</source>
        <translation>Show &amp;invalid…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="70"/>
        <source>Include opted-out numbers in this send</source>
        <translation>Include opted-out numbers in this send</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="72"/>
        <source>Numbers whose owners replied to stop messages are left out. Tick this only if they agreed to receive this message.</source>
        <translation>Numbers whose owners replied to stop messages are left out. Tick this only if they agreed to receive this message.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="155"/>
        <source>Checking %Ln line(s)…</source>
        <translation>
            <numerusform>Checking %Ln line(s)…</numerusform>
            <numerusform>Checking %Ln line(s)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="177"/>
        <source>The numbers could not be checked: {reason}</source>
        <translation>The numbers could not be checked: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="197"/>
        <source>%Ln valid</source>
        <translation>
            <numerusform>%Ln valid</numerusform>
            <numerusform>%Ln valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="198"/>
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="199"/>
        <source>%Ln duplicate(s) removed</source>
        <translation>
            <numerusform>%Ln duplicate(s) removed</numerusform>
            <numerusform>%Ln duplicate(s) removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="200"/>
        <source>%Ln opted out (included)</source>
        <translation>
            <numerusform>%Ln opted out (included)</numerusform>
            <numerusform>%Ln opted out (included)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="202"/>
        <source>%Ln opted out (left out)</source>
        <translation>
            <numerusform>%Ln opted out (left out)</numerusform>
            <numerusform>%Ln opted out (left out)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="206"/>
        <source>Invalid: {reasons}</source>
        <translation>Invalid: {reasons}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="42"/>
        <source>Unfinished campaigns</source>
        <translation>Unfinished campaigns</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="44"/>
        <source>These campaigns were not finished when juhe-desk last closed. Nothing more is sent unless you choose “Resume sending”; messages whose fate is uncertain are never sent again by resuming.</source>
        <translation>These campaigns were not finished when juhe-desk last closed. Nothing more is sent unless you choose “Resume sending”; messages whose fate is uncertain are never sent again by resuming.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="59"/>
        <source>&amp;Resume sending</source>
        <translation>&amp;Resume sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="61"/>
        <source>&amp;Cancel this campaign</source>
        <translation>&amp;Cancel this campaign</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="63"/>
        <source>Decide &amp;later</source>
        <translation>Decide &amp;later</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/recovery_dialog.py" line="71"/>
        <source>Later, each campaign can be resumed or cancelled in the Bulk import tab.</source>
        <translation>Later, each campaign can be resumed or cancelled in the Bulk import tab.</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="54"/>
        <source>Number starts with…</source>
        <translation>Number starts with…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="72"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="72"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="73"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="73"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="74"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="85"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="86"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="87"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="88"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="107"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="108"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="109"/>
        <source>Failed (any other code)</source>
        <translation>Failed (any other code)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="128"/>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="49"/>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="49"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="49"/>
        <source>Status code</source>
        <translation>Status code</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="49"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="50"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="50"/>
        <source>Message ID</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="50"/>
        <source>Received via</source>
        <translation>Received via</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="51"/>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="51"/>
        <source>Push</source>
        <translation>Push</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="90"/>
        <source>Read the reports again (new ones appear by themselves after each check)</source>
        <translation>Read the reports again (new ones appear by themselves after each check)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="92"/>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="357"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="94"/>
        <source>Save the reports shown (all pages, as filtered) to an .xlsx file</source>
        <translation>Save the reports shown (all pages, as filtered) to an .xlsx file</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="96"/>
        <source>&amp;Export delivery reports…</source>
        <translation>&amp;Export delivery reports…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="99"/>
        <source>Find a number</source>
        <translation>Find a number</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="227"/>
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report(s)</numerusform>
            <numerusform>%Ln report(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="229"/>
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="285"/>
        <source>Export delivery reports</source>
        <translation>Export delivery reports</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="288"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="290"/>
        <source>delivery-reports</source>
        <translation>delivery-reports</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="304"/>
        <source>Delivery reports</source>
        <translation>Delivery reports</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="328"/>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="336"/>
        <source>Exporting… {done} of {total}</source>
        <translation>Exporting… {done} of {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="342"/>
        <source>%Ln report(s) saved to {path}</source>
        <translation>
            <numerusform>%Ln report(s) saved to {path}</numerusform>
            <numerusform>%Ln report(s) saved to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="344"/>
        <source>(a sheet holds no more rows: narrow the filter for the rest)</source>
        <translation>(a sheet holds no more rows: narrow the filter for the rest)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/results_model.py" line="50"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/results_model.py" line="51"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/results_model.py" line="52"/>
        <source>Message ID</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/results_model.py" line="100"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/results_model.py" line="100"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/results_model.py" line="102"/>
        <source>Accepted by the gateway</source>
        <translation>Accepted by the gateway</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/results_model.py" line="104"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/results_model.py" line="107"/>
        <source>Not delivered: {reason}</source>
        <translation>Not delivered: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/results_model.py" line="111"/>
        <source>Unknown whether it was sent: the gateway did not answer in time. Wait for its delivery report before sending to this number again.</source>
        <translation>Unknown whether it was sent: the gateway did not answer in time. Wait for its delivery report before sending to this number again.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="166"/>
        <source>another process</source>
        <translation>another process</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="166"/>
        <source>process {pid}</source>
        <translation>process {pid}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="167"/>
        <source>juhe-desk is already running</source>
        <translation>juhe-desk is already running</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="167"/>
        <source>juhe-desk is already running with this data folder ({process}):
{folder}

It did not answer, so its window cannot be brought forward. Look for it on the taskbar. If it is not there or does not react, end “juhe-desk” in Task Manager (Ctrl+Shift+Esc), then start juhe-desk again.</source>
        <translation>juhe-desk is already running with this data folder ({process}):
{folder}

It did not answer, so its window cannot be brought forward. Look for it on the taskbar. If it is not there or does not react, end “juhe-desk” in Task Manager (Ctrl+Shift+Esc), then start juhe-desk again.</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="43"/>
        <source>Daily totals from the gateway</source>
        <translation>Daily totals from the gateway</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="50"/>
        <source>Last &amp;7 days</source>
        <translation>Last &amp;7 days</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="51"/>
        <source>Last &amp;30 days</source>
        <translation>Last &amp;30 days</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="57"/>
        <source>Refresh statistics</source>
        <translation>Refresh statistics</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="60"/>
        <source>The gateway gives statistics about once an hour; until then the figures it gave last are shown</source>
        <translation>The gateway gives statistics about once an hour; until then the figures it gave last are shown</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="107"/>
        <source>Enter the account&apos;s password (Edit account…) to get statistics.</source>
        <translation>Enter the account&apos;s password (Edit account…) to get statistics.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="113"/>
        <source>Asking the gateway for statistics…</source>
        <translation>Asking the gateway for statistics…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="146"/>
        <source>No statistics: {reason}</source>
        <translation>No statistics: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="154"/>
        <source>No SMS sent in the last %Ln day(s).</source>
        <translation>
            <numerusform>No SMS sent in the last %Ln day(s).</numerusform>
            <numerusform>No SMS sent in the last %Ln day(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="159"/>
        <source>%Ln SMS sent</source>
        <translation>
            <numerusform>%Ln SMS sent</numerusform>
            <numerusform>%Ln SMS sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="160"/>
        <source>{success} delivered, {fail} failed, {unknown} unknown</source>
        <translation>{success} delivered, {fail} failed, {unknown} unknown</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="163"/>
        <source>success rate {rate:.1f}%</source>
        <translation>success rate {rate:.1f}%</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="169"/>
        <source>Showing the figures from {time}.</source>
        <translation>Showing the figures from {time}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="172"/>
        <source>The gateway gives statistics only about once an hour, so it did not answer just now.</source>
        <translation>The gateway gives statistics only about once an hour, so it did not answer just now.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="174"/>
        <source>New figures can be fetched after {time}.</source>
        <translation>New figures can be fetched after {time}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="178"/>
        <source>Could not get new figures: {reason}</source>
        <translation>Could not get new figures: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="183"/>
        <source>Figures from {time}; the gateway is asked at most once an hour, next after {next}.</source>
        <translation>Figures from {time}; the gateway is asked at most once an hour, next after {next}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="186"/>
        <source>Figures from {time}, just fetched from the gateway.</source>
        <translation>Figures from {time}, just fetched from the gateway.</translation>
    </message>
</context>
<context>
    <name>UncertainDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="35"/>
        <source>Uncertain batches</source>
        <translation>Uncertain batches</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="41"/>
        <source>The gateway did not answer for these batches, so juhe-desk cannot tell whether their messages went out. When delivery reports arrive for their numbers, they went (juhe-desk then marks them by itself).

Did the batch go out? Choose “Send it again” only if you are sure it did not: otherwise these customers get the message twice.</source>
        <translation>The gateway did not answer for these batches, so juhe-desk cannot tell whether their messages went out. When delivery reports arrive for their numbers, they went (juhe-desk then marks them by itself).

Did the batch go out? Choose “Send it again” only if you are sure it did not: otherwise these customers get the message twice.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="48"/>
        <source>It &amp;went (mark as sent)</source>
        <translation>It &amp;went (mark as sent)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="50"/>
        <source>It did &amp;not go: send it again</source>
        <translation>It did &amp;not go: send it again</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="104"/>
        <source>Batch {seq}: %Ln number(s), sent at {time}</source>
        <translation>
            <numerusform>Batch {seq}: %Ln number(s), sent at {time}</numerusform>
            <numerusform>Batch {seq}: %Ln number(s), sent at {time}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="29"/>
        <source>The file cannot be opened: permission denied. Close it in other programs or choose another folder.</source>
        <translation>The file cannot be opened: permission denied. Close it in other programs or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="32"/>
        <source>The file was not found. It may have been moved or deleted.</source>
        <translation>The file was not found. It may have been moved or deleted.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="34"/>
        <source>A file or network operation failed: {reason}</source>
        <translation>A file or network operation failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="39"/>
        <source>Something unexpected went wrong; the details are in the log file. Nothing was lost: please try again.</source>
        <translation>Something unexpected went wrong; the details are in the log file. Nothing was lost: please try again.</translation>
    </message>
</context>
</TS>
