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
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="102"/>
        <source>Gateway account</source>
        <translation>Gateway account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="117"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Leave empty to keep the saved password</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="124"/>
        <source>【Shop name】</source>
        <translation>【Shop name】</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="139"/>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="135"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="126"/>
        <source>e.g. {price}</source>
        <translation>e.g. {price}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="141"/>
        <source>Plain password</source>
        <translation>Plain password</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="142"/>
        <source>MD5 signed</source>
        <translation>MD5 signed</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="147"/>
        <source>Off (the access number as it is)</source>
        <translation>Off (the access number as it is)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="149"/>
        <source>%n digit(s) per campaign</source>
        <translation>
            <numerusform>%n digit per campaign</numerusform>
            <numerusform>%n digits per campaign</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="151"/>
        <source>Only if your gateway administrator says the access number accepts extensions: each campaign is then sent from the access number plus a few digits of its own, so every reply shows exactly which campaign it answers. Off: replies are linked to the latest message sent to the number, as a guess.</source>
        <translation>Only if your gateway administrator says the access number accepts extensions: each campaign is then sent from the access number plus a few digits of its own, so every reply shows exactly which campaign it answers. Off: replies are linked to the latest message sent to the number, as a guess.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="163"/>
        <source>Gateway address</source>
        <translation>Gateway address</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="164"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="165"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="166"/>
        <source>Access number (extno)</source>
        <translation>Access number (extno)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="167"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="256"/>
        <source>Registered signature(s)</source>
        <translation>Registered signature(s)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="168"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="257"/>
        <source>Price per SMS part</source>
        <translation>Price per SMS part</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="169"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="258"/>
        <source>Numbers per request</source>
        <translation>Numbers per request</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="170"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="259"/>
        <source>Check for reports every</source>
        <translation>Check for reports every</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="171"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="260"/>
        <source>Warn when balance is below</source>
        <translation>Warn when balance is below</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="172"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="261"/>
        <source>Password mode</source>
        <translation>Password mode</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="174"/>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="262"/>
        <source>Match replies to campaigns</source>
        <translation>Match replies to campaigns</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="183"/>
        <source>Enter the account your SMS provider gave you. The password is kept in the system keyring, never in a file.</source>
        <translation>Enter the account your SMS provider gave you. The password is kept in the system keyring, never in a file.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="186"/>
        <source>Enter the account your SMS provider gave you. This computer has no usable system keyring, so the password is kept in memory for this run only (never in a file) and must be entered again the next time the app starts.</source>
        <translation>Enter the account your SMS provider gave you. This computer has no usable system keyring, so the password is kept in memory for this run only (never in a file) and must be entered again the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="205"/>
        <source>The password itself never leaves this computer: each request carries a signature made from it. Only if your provider turned MD5 on for your account.</source>
        <translation>The password itself never leaves this computer: each request carries a signature made from it. Only if your provider turned MD5 on for your account.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="209"/>
        <source>The password goes to the gateway as you typed it (encrypted when the address starts with https://). Choose this unless your provider says otherwise.</source>
        <translation>The password goes to the gateway as you typed it (encrypted when the address starts with https://). Choose this unless your provider says otherwise.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="217"/>
        <source>yuan, as your contract says</source>
        <translation>yuan, as your contract says</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="222"/>
        <source>The price of one SMS part in your contract with the SMS provider (often about {price} yuan). juhe-desk needs it to tell what each send costs before it goes, and whether the balance pays for it.</source>
        <translation>The price of one SMS part in your contract with the SMS provider (often about {price} yuan). juhe-desk needs it to tell what each send costs before it goes, and whether the balance pays for it.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="282"/>
        <source>Another desk of the team changed this account while this window was open: the fields you had not changed now show its values. You changed {fields} here too: Save keeps what you typed, Cancel keeps the other desk&apos;s.</source>
        <translation>Another desk of the team changed this account while this window was open: the fields you had not changed now show its values. You changed {fields} here too: Save keeps what you typed, Cancel keeps the other desk&apos;s.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="288"/>
        <source>Another desk of the team changed this account while this window was open: the fields you had not changed now show its values.</source>
        <translation>Another desk of the team changed this account while this window was open: the fields you had not changed now show its values.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="324"/>
        <source>gateway address</source>
        <translation>gateway address</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="326"/>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="328"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="330"/>
        <source>access number</source>
        <translation>access number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="332"/>
        <source>price per SMS part</source>
        <translation>price per SMS part</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="339"/>
        <source>Please fill in: {fields}</source>
        <translation>Please fill in: {fields}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="346"/>
        <source>“{text}” is not a price per SMS part: type the price in yuan that your contract says, for example {price}.</source>
        <translation>“{text}” is not a price per SMS part: type the price in yuan that your contract says, for example {price}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="354"/>
        <source>The access number {extno} with {digits} more digits would be longer than the {limit} digits a gateway takes: choose fewer digits, or turn the extensions off.</source>
        <translation>The access number {extno} with {digits} more digits would be longer than the {limit} digits a gateway takes: choose fewer digits, or turn the extensions off.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="359"/>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/account_dialog.py" line="376"/>
        <source>Connection test failed: {reason}</source>
        <translation>Connection test failed: {reason}</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="97"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="104"/>
        <source>Refresh balance</source>
        <translation>Refresh balance</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="105"/>
        <source>Ask the gateway for the balance now (F5)</source>
        <translation>Ask the gateway for the balance now (F5)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="115"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="118"/>
        <source>Warn when the balance is below</source>
        <translation>Warn when the balance is below</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="137"/>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="156"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="139"/>
        <source>Choose the account to send from</source>
        <translation>Choose the account to send from</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="149"/>
        <source>A&amp;dd account…</source>
        <translation>A&amp;dd account…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="151"/>
        <source>&amp;Edit account…</source>
        <translation>&amp;Edit account…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="155"/>
        <source>Active account</source>
        <translation>Active account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="157"/>
        <source>Gateway address</source>
        <translation>Gateway address</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="158"/>
        <source>Access number (extno)</source>
        <translation>Access number (extno)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="159"/>
        <source>Signature(s)</source>
        <translation>Signature(s)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="160"/>
        <source>Price per SMS part</source>
        <translation>Price per SMS part</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="175"/>
        <source>No account with a password is set up.</source>
        <translation>No account with a password is set up.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="178"/>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="195"/>
        <source>Could not update the balance: {reason}</source>
        <translation>Could not update the balance: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="207"/>
        <source>Balance not checked yet</source>
        <translation>Balance not checked yet</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="214"/>
        <source>Below your warning level of ¥{amount}: top up soon so that sending does not stop.</source>
        <translation>Below your warning level of ¥{amount}: top up soon so that sending does not stop.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="218"/>
        <source>Updated at {time}</source>
        <translation>Updated at {time}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="223"/>
        <source>Pre-paid</source>
        <translation>Pre-paid</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="225"/>
        <source>Post-paid</source>
        <translation>Post-paid</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="230"/>
        <source>Pre-paid: sending stops when the balance runs out.</source>
        <translation>Pre-paid: sending stops when the balance runs out.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="232"/>
        <source>Post-paid: the provider bills the account afterwards.</source>
        <translation>Post-paid: the provider bills the account afterwards.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="233"/>
        <source>The gateway did not say how the account is charged.</source>
        <translation>The gateway did not say how the account is charged.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="237"/>
        <source>The account owes ¥{amount}.</source>
        <translation>The account owes ¥{amount}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="240"/>
        <source>Set the price per SMS part (Edit account…) to see how many SMS the balance pays for.</source>
        <translation>Set the price per SMS part (Edit account…) to see how many SMS the balance pays for.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="244"/>
        <source>No SMS left: please top up the account.</source>
        <translation>No SMS left: please top up the account.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="247"/>
        <source>About {count} SMS left at ¥{price} each</source>
        <translation>
            <numerusform>About {count} SMS left at ¥{price} each</numerusform>
            <numerusform>About {count} SMS left at ¥{price} each</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="344"/>
        <source>No account is set up yet: use Add account…</source>
        <translation>No account is set up yet: use Add account…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="354"/>
        <source>¥{price} per part</source>
        <translation>¥{price} per part</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="355"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_page.py" line="357"/>
        <source>No password is saved for account {id}: use Edit account… to enter it.</source>
        <translation>No password is saved for account {id}: use Edit account… to enter it.</translation>
    </message>
</context>
<context>
    <name>AdvancedSending</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="33"/>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="40"/>
        <source>How many requests go to the gateway at the same time. Lower it if the gateway says it is busy.</source>
        <translation>How many requests go to the gateway at the same time. Lower it if the gateway says it is busy.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="46"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="47"/>
        <source>The least time between two requests.</source>
        <translation>The least time between two requests.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="62"/>
        <source>{typed} was not taken: requests at a time go from {low} to {high}. Still {value}.</source>
        <translation>{typed} was not taken: requests at a time go from {low} to {high}. Still {value}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="66"/>
        <source>{typed} was not taken: the pause between requests goes from 0 to {high} seconds. Still {value} s.</source>
        <translation>{typed} was not taken: the pause between requests goes from 0 to {high} seconds. Still {value} s.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="72"/>
        <source>Leave these as they are unless the gateway says it is busy or your provider asks you to send more slowly: then lower the requests at a time, or add a pause between requests. A change applies to the next campaign sent or resumed.</source>
        <translation>Leave these as they are unless the gateway says it is busy or your provider asks you to send more slowly: then lower the requests at a time, or add a pause between requests. A change applies to the next campaign sent or resumed.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="77"/>
        <source>Requests at a time:</source>
        <translation>Requests at a time:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="79"/>
        <source>Pause between requests:</source>
        <translation>Pause between requests:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="114"/>
        <source>Changed at another desk: {parallel} at a time, {pause} s between requests.</source>
        <translation>Changed at another desk: {parallel} at a time, {pause} s between requests.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/advanced_sending.py" line="120"/>
        <source>Saved: {parallel} at a time, {pause} s between requests.</source>
        <translation>Saved: {parallel} at a time, {pause} s between requests.</translation>
    </message>
</context>
<context>
    <name>AfterSend</name>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/after_send.py" line="62"/>
        <source>The Recipients box now holds only the %Ln number(s) not accepted; the text is kept.</source>
        <translation>
            <numerusform>The Recipients box now holds only the %Ln number not accepted; the text is kept.</numerusform>
            <numerusform>The Recipients box now holds only the %Ln numbers not accepted; the text is kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/after_send.py" line="69"/>
        <source>The boxes are cleared for the next message (Ctrl+Z in a box brings its text back).</source>
        <translation>The boxes are cleared for the next message (Ctrl+Z in a box brings its text back).</translation>
    </message>
</context>
<context>
    <name>BalanceGauge</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/balance_gauge.py" line="44"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/balance_gauge.py" line="76"/>
        <source>owes ¥{amount}</source>
        <translation>owes ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/balance_gauge.py" line="85"/>
        <source>warning below ¥{amount}</source>
        <translation>warning below ¥{amount}</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/busy.py" line="29"/>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>CampaignControl</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="82"/>
        <source>This campaign waits until the one sending now is done.</source>
        <translation>This campaign waits until the one sending now is done.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="86"/>
        <source>Not started: the team database cannot be reached, and messages are only sent once they can be recorded there. Start it again when the status bar no longer shows the problem.</source>
        <translation>Not started: the team database cannot be reached, and messages are only sent once they can be recorded there. Start it again when the status bar no longer shows the problem.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="116"/>
        <source>{desk} is sending this campaign.</source>
        <translation>{desk} is sending this campaign.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="138"/>
        <source>Not started yet: this campaign is still being saved at “{desk}” ({saved} of {total} messages saved). It starts by itself once it is saved, never from a partly saved list.</source>
        <translation>Not started yet: this campaign is still being saved at “{desk}” ({saved} of {total} messages saved). It starts by itself once it is saved, never from a partly saved list.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="172"/>
        <source>This campaign is being sent from the Send tab; wait until it is done.</source>
        <translation>This campaign is being sent from the Send tab; wait until it is done.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="202"/>
        <source>Pausing after the requests already on their way…</source>
        <translation>Pausing after the requests already on their way…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="231"/>
        <source>The campaign is cancelled: %Ln message(s) were not sent.</source>
        <translation>
            <numerusform>The campaign is cancelled: %Ln message was not sent.</numerusform>
            <numerusform>The campaign is cancelled: %Ln messages were not sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="257"/>
        <source>Its time has come: it starts as soon as the account&apos;s password is known.</source>
        <translation>Its time has come: it starts as soon as the account&apos;s password is known.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="262"/>
        <source>No gateway account is set up yet, so nothing was sent. Open Account › Account settings…, then click Resume.</source>
        <translation>No gateway account is set up yet, so nothing was sent. Open Account › Account settings…, then click Resume.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="271"/>
        <source>This campaign belongs to account {owner}. Switch to that account to send it.</source>
        <translation>This campaign belongs to account {owner}. Switch to that account to send it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="283"/>
        <source>%Ln number(s) were not sent: they opted out (e.g. replied R) after they were chosen.</source>
        <translation>
            <numerusform>%Ln number was not sent: it opted out (e.g. replied R) after it was chosen.</numerusform>
            <numerusform>%Ln numbers were not sent: they opted out (e.g. replied R) after they were chosen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="292"/>
        <source>Sending stopped: {reason}</source>
        <translation>Sending stopped: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="307"/>
        <source>{accepted} accepted, {refused} refused, {uncertain} uncertain.</source>
        <translation>{accepted} accepted, {refused} refused, {uncertain} uncertain.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="311"/>
        <source>Balance too low: the campaign is paused. Top up the account, then click Resume. ({reason}) {counts}</source>
        <translation>Balance too low: the campaign is paused. Top up the account, then click Resume. ({reason}) {counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="315"/>
        <source>Sending paused: {reason} Click Resume to carry on. {counts}</source>
        <translation>Sending paused: {reason} Click Resume to carry on. {counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="318"/>
        <source>Sending stopped: {reason} Once that is fixed, click Resume. {counts}</source>
        <translation>Sending stopped: {reason} Once that is fixed, click Resume. {counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="321"/>
        <source>Paused. Click Resume to send the rest. {counts}</source>
        <translation>Paused. Click Resume to send the rest. {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="324"/>
        <source>Sent, but %Ln message(s) are uncertain: the gateway did not answer in time. They are never sent again by themselves; wait for their delivery reports or decide with “Uncertain batches…”. {counts}</source>
        <translation>
            <numerusform>Sent, but %Ln message is uncertain: the gateway did not answer in time. It is never sent again by itself; wait for its delivery report or decide with “Uncertain batches…”. {counts}</numerusform>
            <numerusform>Sent, but %Ln messages are uncertain: the gateway did not answer in time. They are never sent again by themselves; wait for their delivery reports or decide with “Uncertain batches…”. {counts}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="329"/>
        <source>Sent; the gateway refused some numbers (the table says why). {counts}</source>
        <translation>Sent; the gateway refused some numbers (the table says why). {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_control.py" line="331"/>
        <source>Sent: all %Ln number(s) accepted by the gateway. Delivery reports follow.</source>
        <translation>
            <numerusform>Sent: all %Ln number accepted by the gateway. Delivery reports follow.</numerusform>
            <numerusform>Sent: all %Ln numbers accepted by the gateway. Delivery reports follow.</numerusform>
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
        <translation>No failed row is left to send again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="156"/>
        <source>{name} (failed rows again)</source>
        <translation>{name} (failed rows again)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="179"/>
        <source>Nothing was sent: {reason}</source>
        <translation>Nothing was sent: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="272"/>
        <source>The campaign was not created: {reason}</source>
        <translation>The campaign was not created: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="304"/>
        <source>%Ln number(s) opted out while you were confirming (e.g. replied R): they are not sent.</source>
        <translation>
            <numerusform>%Ln number opted out while you were confirming (e.g. replied R): it is not sent.</numerusform>
            <numerusform>%Ln numbers opted out while you were confirming (e.g. replied R): they are not sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="318"/>
        <source>Scheduled for {time}. juhe-desk must be running then (if it is closed, the campaign waits until it is opened again).</source>
        <translation>Scheduled for {time}. juhe-desk must be running then (if it is closed, the campaign waits until it is opened again).</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="333"/>
        <source>This campaign was not made from a spreadsheet, so there is no sheet to write its results into.</source>
        <translation>This campaign was not made from a spreadsheet, so there is no sheet to write its results into.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="337"/>
        <source>{name} failed rows.xlsx</source>
        <translation>{name} failed rows.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="338"/>
        <source>{name} results.xlsx</source>
        <translation>{name} results.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="339"/>
        <source>Save the results</source>
        <translation>Save the results</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="340"/>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="366"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="354"/>
        <source>Saving the results…</source>
        <translation>Saving the results…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="357"/>
        <source>The results were saved to {path}.</source>
        <translation>The results were saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="364"/>
        <source>Save the rows not sent</source>
        <translation>Save the rows not sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="365"/>
        <source>{name} rows not sent.xlsx</source>
        <translation>{name} rows not sent.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_launcher.py" line="376"/>
        <source>The rows not sent were saved to {path}.</source>
        <translation>The rows not sent were saved to {path}.</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="184"/>
        <source>Asking the other desk to pause: it stops before its next batch.</source>
        <translation>Asking the other desk to pause: it stops before its next batch.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="196"/>
        <source>Take over this campaign?</source>
        <translation>Take over this campaign?</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="197"/>
        <source>Take over and send the rest</source>
        <translation>Take over and send the rest</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="197"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="208"/>
        <source>“{desk}” was sending “{name}” and is off line now. If you take it over, this computer sends the %Ln message(s) not sent yet.</source>
        <translation>
            <numerusform>“{desk}” was sending “{name}” and is off line now. If you take it over, this computer sends the %Ln message not sent yet.</numerusform>
            <numerusform>“{desk}” was sending “{name}” and is off line now. If you take it over, this computer sends the %Ln messages not sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_list.py" line="213"/>
        <source>%Ln message(s) may or may not have gone (the other desk was sending them, or they were uncertain already). They are marked uncertain and never sent again by themselves: wait for their delivery reports, or decide each batch with “Uncertain batches…”.</source>
        <translation>
            <numerusform>%Ln message may or may not have gone (the other desk was sending it, or it was uncertain already). It is marked uncertain and never sent again by itself: wait for its delivery report, or decide its batch with “Uncertain batches…”.</numerusform>
            <numerusform>%Ln messages may or may not have gone (the other desk was sending them, or they were uncertain already). They are marked uncertain and never sent again by themselves: wait for their delivery reports, or decide each batch with “Uncertain batches…”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="38"/>
        <source>{state} (being saved at {desk}: {saved}/{total})</source>
        <translation>{state} (being saved at {desk}: {saved}/{total})</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="45"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="48"/>
        <source>{desk} is sending</source>
        <translation>{desk} is sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="50"/>
        <source>Interrupted: {desk} is off line</source>
        <translation>Interrupted: {desk} is off line</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="52"/>
        <source>Interrupted at {desk}</source>
        <translation>Interrupted at {desk}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="53"/>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="55"/>
        <source>Scheduled for {time}</source>
        <translation>Scheduled for {time}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="56"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="56"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="56"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="57"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="57"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="79"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="79"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="79"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="79"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="80"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="80"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="80"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_list_model.py" line="80"/>
        <source>Uncertain</source>
        <translation>Uncertain</translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="51"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="51"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="51"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="51"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="52"/>
        <source>Message ID</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="52"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="52"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/campaign_model.py" line="52"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="83"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="84"/>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="349"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="85"/>
        <source>Cancel campaign…</source>
        <translation>Cancel campaign…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="87"/>
        <source>&amp;Take over and send…</source>
        <translation>&amp;Take over and send…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="90"/>
        <source>The desk that was sending this campaign is off line: send the rest from here</source>
        <translation>The desk that was sending this campaign is off line: send the rest from here</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="99"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Export results…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="101"/>
        <source>Your spreadsheet with the columns 发送结果, 状态报告, 原因, 消息ID and 时间 added</source>
        <translation>Your spreadsheet with the columns 发送结果, 状态报告, 原因, 消息ID and 时间 added</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="103"/>
        <source>Export failed rows…</source>
        <translation>Export failed rows…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="105"/>
        <source>Send failed rows again…</source>
        <translation>Send failed rows again…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="107"/>
        <source>Uncertain batches…</source>
        <translation>Uncertain batches…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="305"/>
        <source>By carrier: {rates}</source>
        <translation>By carrier: {rates}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="310"/>
        <source>{total} messages: {delivered} delivered · {failed} failed · {submitted} awaiting report · {pending} not sent yet · {uncertain} uncertain</source>
        <translation>{total} messages: {delivered} delivered · {failed} failed · {submitted} awaiting report · {pending} not sent yet · {uncertain} uncertain</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="315"/>
        <source>{n} not sent: opted out</source>
        <translation>{n} not sent: opted out</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="348"/>
        <source>Send &amp;now</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_parts.py" line="51"/>
        <source>Cancel this campaign?</source>
        <translation>Cancel this campaign?</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_parts.py" line="52"/>
        <source>The messages not sent yet will not be sent. What went already cannot be called back.</source>
        <translation>The messages not sent yet will not be sent. What went already cannot be called back.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_parts.py" line="53"/>
        <source>Cancel the campaign</source>
        <translation>Cancel the campaign</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/campaign_parts.py" line="53"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/campaign_view.py" line="407"/>
        <source>%Ln batch(es) will be sent again: click Resume.</source>
        <translation>
            <numerusform>%Ln batch will be sent again: click Resume.</numerusform>
            <numerusform>%Ln batches will be sent again: click Resume.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignTotalsView</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="96"/>
        <source>Choose a campaign above to see how many of its messages arrived.</source>
        <translation>Choose a campaign above to see how many of its messages arrived.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="105"/>
        <source>{name}: %Ln message(s)</source>
        <translation>
            <numerusform>{name}: %Ln message</numerusform>
            <numerusform>{name}: %Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="107"/>
        <source>Delivered {n}</source>
        <translation>Delivered {n}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="108"/>
        <source>Failed {n}</source>
        <translation>Failed {n}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="109"/>
        <source>Pending {n}</source>
        <translation>Pending {n}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/campaign_totals.py" line="110"/>
        <source>Not sent, opted out {n}</source>
        <translation>Not sent, opted out {n}</translation>
    </message>
</context>
<context>
    <name>CarrierRatesView</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="109"/>
        <source>The rates by carrier cannot be read now: {reason}</source>
        <translation>The rates by carrier cannot be read now: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="130"/>
        <source>By carrier, the messages of {name}:</source>
        <translation>By carrier, the messages of {name}:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="131"/>
        <source>By carrier, the reports shown:</source>
        <translation>By carrier, the reports shown:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="141"/>
        <source>{carrier} · %Ln message(s)</source>
        <translation>
            <numerusform>{carrier} · %Ln message</numerusform>
            <numerusform>{carrier} · %Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="143"/>
        <source>delivered {rate}</source>
        <translation>delivered {rate}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="145"/>
        <source>failed {rate}</source>
        <translation>failed {rate}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/widgets/carrier_rates.py" line="149"/>
        <source>{carrier}: %Ln message(s), {delivered} delivered, {failed} failed</source>
        <translation>
            <numerusform>{carrier}: %Ln message, {delivered} delivered, {failed} failed</numerusform>
            <numerusform>{carrier}: %Ln messages, {delivered} delivered, {failed} failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarrierText</name>
    <message>
        <location filename="../../juhe_desk/ui/carrier_text.py" line="31"/>
        <source>{carrier}: {delivered} delivered, {failed} failed</source>
        <translation>{carrier}: {delivered} delivered, {failed} failed</translation>
    </message>
</context>
<context>
    <name>CheckedDetailsLabel</name>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="41"/>
        <source>%Ln SMS in all</source>
        <translation>
            <numerusform>%Ln SMS in all</numerusform>
            <numerusform>%Ln SMS in all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="43"/>
        <source>, about ¥{cost}</source>
        <translation>, about ¥{cost}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="46"/>
        <source>%Ln number(s) get more than one text</source>
        <translation>
            <numerusform>%Ln number gets more than one text</numerusform>
            <numerusform>%Ln numbers get more than one text</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="49"/>
        <source>by carrier: {counts}</source>
        <translation>by carrier: {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="52"/>
        <source>%Ln row(s) need an extra SMS (highlighted)</source>
        <translation>
            <numerusform>%Ln row needs an extra SMS (highlighted)</numerusform>
            <numerusform>%Ln rows need an extra SMS (highlighted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="55"/>
        <source>%Ln row(s) without text</source>
        <translation>
            <numerusform>%Ln row without text</numerusform>
            <numerusform>%Ln rows without text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="57"/>
        <source>%Ln text(s) with a line break, sent separately</source>
        <translation>
            <numerusform>%Ln text with a line break, sent separately</numerusform>
            <numerusform>%Ln texts with a line break, sent separately</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="61"/>
        <source>use a default…</source>
        <translation>use a default…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/checked_details.py" line="64"/>
        <source>Empty field: {field} (%Ln row(s), not sent)</source>
        <translation>
            <numerusform>Empty field: {field} (%Ln row, not sent)</numerusform>
            <numerusform>Empty field: {field} (%Ln rows, not sent)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChinaTimeNote</name>
    <message>
        <location filename="../../juhe_desk/ui/china_clock.py" line="38"/>
        <source>Times are China time (UTC+8)</source>
        <translation>Times are China time (UTC+8)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/china_clock.py" line="40"/>
        <source>The SMS gateway and your customers go by China time, so juhe-desk shows every time, and schedules sends, in China time, whatever this computer&apos;s clock is set to.</source>
        <translation>The SMS gateway and your customers go by China time, so juhe-desk shows every time, and schedules sends, in China time, whatever this computer&apos;s clock is set to.</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="68"/>
        <source>&amp;Send…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="69"/>
        <source>Check the numbers and the cost, then send (Ctrl+Enter)</source>
        <translation>Check the numbers and the cost, then send (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="73"/>
        <source>%v of %m batches</source>
        <translation>%v of %m batches</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="75"/>
        <source>Stop sending</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="174"/>
        <source>A send is running</source>
        <translation>A send is running</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="175"/>
        <source>Messages are being sent right now. If you close the window, sending stops after the current batch and the remaining numbers are not sent.</source>
        <translation>Messages are being sent right now. If you close the window, sending stops after the current batch and the remaining numbers are not sent.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="177"/>
        <source>Stop sending and close</source>
        <translation>Stop sending and close</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="177"/>
        <source>Keep sending</source>
        <translation>Keep sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="191"/>
        <source>No gateway account is set up yet. Open Account › Account settings… and enter the account and password the gateway administrator gave you.</source>
        <translation>No gateway account is set up yet. Open Account › Account settings… and enter the account and password the gateway administrator gave you.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="196"/>
        <source>The password of account {account} is not known on this computer. Open Account › Account settings… and enter it again.</source>
        <translation>The password of account {account} is not known on this computer. Open Account › Account settings… and enter it again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="219"/>
        <source>Nothing was sent: {reason}</source>
        <translation>Nothing was sent: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="225"/>
        <source>%Ln number(s) that got this text in the last 24 hours are left out.</source>
        <translation>
            <numerusform>%Ln number that got this text in the last 24 hours is left out.</numerusform>
            <numerusform>%Ln numbers that got this text in the last 24 hours are left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="243"/>
        <source>Every number is on the opt-out list, so there is nobody to send to. Tick “Include opted-out numbers” only if they agreed to get this message.</source>
        <translation>Every number is on the opt-out list, so there is nobody to send to. Tick “Include opted-out numbers” only if they agreed to get this message.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="247"/>
        <source>Enter at least one valid mobile number in the Recipients box.</source>
        <translation>Enter at least one valid mobile number in the Recipients box.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="252"/>
        <source>Type the message text first.</source>
        <translation>Type the message text first.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="273"/>
        <source>Nothing was sent: the team database cannot be reached, and messages are only sent once they can be recorded there. You can go on writing; send again when the status bar no longer shows the problem.</source>
        <translation>Nothing was sent: the team database cannot be reached, and messages are only sent once they can be recorded there. You can go on writing; send again when the status bar no longer shows the problem.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="284"/>
        <source>Quick send {time}</source>
        <translation>Quick send {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="291"/>
        <source>Sending to %Ln number(s)…</source>
        <translation>
            <numerusform>Sending to %Ln number…</numerusform>
            <numerusform>Sending to %Ln numbers…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="300"/>
        <source>Stopping after the requests already on their way…</source>
        <translation>Stopping after the requests already on their way…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="309"/>
        <source>Sending… {accepted} accepted, {refused} refused so far.</source>
        <translation>Sending… {accepted} accepted, {refused} refused so far.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="323"/>
        <source>The send did not start: {reason}</source>
        <translation>The send did not start: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="342"/>
        <source>{accepted} accepted, {refused} refused.</source>
        <translation>{accepted} accepted, {refused} refused.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="345"/>
        <source>Sending stopped: {reason} {counts}</source>
        <translation>Sending stopped: {reason} {counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="348"/>
        <source>Sending was stopped as you asked; the remaining numbers were not sent. {counts}</source>
        <translation>Sending was stopped as you asked; the remaining numbers were not sent. {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="352"/>
        <source>%Ln number(s) may or may not have received the message: the gateway did not answer in time. Do not send to them again before their delivery reports arrive (Delivery reports tab). {counts}</source>
        <translation>
            <numerusform>%Ln number may or may not have received the message: the gateway did not answer in time. Do not send to it again before its delivery report arrives (Delivery reports tab). {counts}</numerusform>
            <numerusform>%Ln numbers may or may not have received the message: the gateway did not answer in time. Do not send to them again before their delivery reports arrive (Delivery reports tab). {counts}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="357"/>
        <source>Sent, but the gateway refused some numbers; the table says why. {counts}</source>
        <translation>Sent, but the gateway refused some numbers; the table says why. {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="359"/>
        <source>All %Ln number(s) accepted by the gateway. Delivery reports will follow in the Delivery reports tab.</source>
        <translation>
            <numerusform>All %Ln number accepted by the gateway. Delivery reports will follow in the Delivery reports tab.</numerusform>
            <numerusform>All %Ln numbers accepted by the gateway. Delivery reports will follow in the Delivery reports tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="364"/>
        <source>%Ln number(s) opted out while you were confirming (e.g. replied R): they are left out. Sending to the others…</source>
        <translation>
            <numerusform>%Ln number opted out while you were confirming (e.g. replied R): it is left out. Sending to the others…</numerusform>
            <numerusform>%Ln numbers opted out while you were confirming (e.g. replied R): they are left out. Sending to the others…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="374"/>
        <source>Nothing was sent: every number opted out (e.g. replied R) after you chose it.</source>
        <translation>Nothing was sent: every number opted out (e.g. replied R) after you chose it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/compose_page.py" line="376"/>
        <source>%Ln number(s) were not sent: they opted out (e.g. replied R) after you chose them.</source>
        <translation>
            <numerusform>%Ln number was not sent: it opted out (e.g. replied R) after you chose it.</numerusform>
            <numerusform>%Ln numbers were not sent: they opted out (e.g. replied R) after you chose them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="35"/>
        <source>Send these messages?</source>
        <translation>Send these messages?</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="44"/>
        <source>Each number gets this text:</source>
        <translation>Each number gets this text:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="50"/>
        <source>Send to %Ln number(s)</source>
        <translation>
            <numerusform>Send to %Ln number</numerusform>
            <numerusform>Send to %Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="60"/>
        <source>Numbers:</source>
        <translation>Numbers:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="61"/>
        <source>By carrier:</source>
        <translation>By carrier:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="63"/>
        <source>SMS per number:</source>
        <translation>SMS per number:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="64"/>
        <source>SMS in all:</source>
        <translation>SMS in all:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="65"/>
        <source>Estimated cost:</source>
        <translation>Estimated cost:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="66"/>
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="68"/>
        <source>unknown: it could not be checked. You can still send; the gateway refuses the numbers the balance cannot pay for.</source>
        <translation>unknown: it could not be checked. You can still send; the gateway refuses the numbers the balance cannot pay for.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="70"/>
        <source>¥{amount} (pre-paid); about ¥{left} left after this send</source>
        <translation>¥{amount} (pre-paid); about ¥{left} left after this send</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="79"/>
        <source>%Ln invalid entry(ies) will be skipped.</source>
        <translation>
            <numerusform>%Ln invalid entry will be skipped.</numerusform>
            <numerusform>%Ln invalid entries will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="81"/>
        <source>%Ln repeated number(s) get the message only once.</source>
        <translation>
            <numerusform>%Ln repeated number gets the message only once.</numerusform>
            <numerusform>%Ln repeated numbers get the message only once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="84"/>
        <source>%Ln number(s) on the opt-out list are left out.</source>
        <translation>
            <numerusform>%Ln number on the opt-out list is left out.</numerusform>
            <numerusform>%Ln numbers on the opt-out list are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="87"/>
        <source>%Ln number(s) on the opt-out list are included, as you chose.</source>
        <translation>
            <numerusform>%Ln number on the opt-out list is included, as you chose.</numerusform>
            <numerusform>%Ln numbers on the opt-out list are included, as you chose.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="94"/>
        <source>This cannot be sent: the pre-paid balance is used up (¥{amount}). Ask the gateway administrator to top up the account, then send again.</source>
        <translation>This cannot be sent: the pre-paid balance is used up (¥{amount}). Ask the gateway administrator to top up the account, then send again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/confirm_send.py" line="97"/>
        <source>This cannot be sent: it costs about ¥{cost}, but the pre-paid balance is only ¥{amount} (¥{short} short). Ask the gateway administrator to top up the account, or send to fewer numbers or a shorter text.</source>
        <translation>This cannot be sent: it costs about ¥{cost}, but the pre-paid balance is only ¥{amount} (¥{short} short). Ask the gateway administrator to top up the account, or send to fewer numbers or a shorter text.</translation>
    </message>
</context>
<context>
    <name>ContentPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="49"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="53"/>
        <source>Put a saved text into the message box</source>
        <translation>Put a saved text into the message box</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="54"/>
        <source>Save as template…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="56"/>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="275"/>
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="59"/>
        <source>Type the message here.</source>
        <translation>Type the message here.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="69"/>
        <source>Add an opt-out note:</source>
        <translation>Add an opt-out note:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="73"/>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="137"/>
        <source>{chars} characters · {parts} part(s)</source>
        <translation>{chars} characters · {parts} part(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="144"/>
        <source>%Ln more character(s) make it {parts} parts</source>
        <translation>
            <numerusform>%Ln more character makes it {parts} parts</numerusform>
            <numerusform>%Ln more characters make it {parts} parts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="154"/>
        <source>No signature is set for this account. Most gateways refuse a message without its registered 【signature】: add it in Account settings, or type it into the text.</source>
        <translation>No signature is set for this account. Most gateways refuse a message without its registered 【signature】: add it in Account settings, or type it into the text.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="158"/>
        <source>The signature {signature} is added at the start and counted above.</source>
        <translation>The signature {signature} is added at the start and counted above.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="160"/>
        <source>The text holds the signature {signature}.</source>
        <translation>The text holds the signature {signature}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="202"/>
        <source>Choose a saved text…</source>
        <translation>Choose a saved text…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="214"/>
        <source>The saved texts cannot be read now: {reason}</source>
        <translation>The saved texts cannot be read now: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="238"/>
        <source>Type the text first, then save it as a template.</source>
        <translation>Type the text first, then save it as a template.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="243"/>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="244"/>
        <source>Name of the template (a template with the same name is replaced):</source>
        <translation>Name of the template (a template with the same name is replaced):</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/content_panel.py" line="276"/>
        <source>Delete the template “{name}”? The message box keeps its text.</source>
        <translation>Delete the template “{name}”? The message box keeps its text.</translation>
    </message>
</context>
<context>
    <name>ConversationListDelegate</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/conversation_delegates.py" line="198"/>
        <source>opted out</source>
        <translation>opted out</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/conversation_delegates.py" line="200"/>
        <source>check</source>
        <translation>check</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="78"/>
        <source>We sent</source>
        <translation>We sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="78"/>
        <source>They replied</source>
        <translation>They replied</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="92"/>
        <source>Sent in “{campaign}”, {parts} SMS part(s)</source>
        <translation>Sent in “{campaign}”, {parts} SMS part(s)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="105"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="107"/>
        <source>Sent, waiting for its delivery report</source>
        <translation>Sent, waiting for its delivery report</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="109"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="112"/>
        <source>Not delivered: {reason}</source>
        <translation>Not delivered: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="115"/>
        <source>Refused by the gateway: {reason}</source>
        <translation>Refused by the gateway: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="118"/>
        <source>Not sent: the number is on the opt-out list</source>
        <translation>Not sent: the number is on the opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="119"/>
        <source>Unknown whether it was sent: wait for its delivery report</source>
        <translation>Unknown whether it was sent: wait for its delivery report</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="124"/>
        <source>Opt-out: the number was put on the opt-out list</source>
        <translation>Opt-out: the number was put on the opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="126"/>
        <source>Looks like a request to stop messages: check it</source>
        <translation>Looks like a request to stop messages: check it</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="130"/>
        <source>Answers “{campaign}”</source>
        <translation>Answers “{campaign}”</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversation_model.py" line="131"/>
        <source>Probably answers “{campaign}” (a guess: the latest message sent to this number)</source>
        <translation>Probably answers “{campaign}” (a guess: the latest message sent to this number)</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="115"/>
        <source>Opted out</source>
        <translation>Opted out</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="118"/>
        <source>Mark as &amp;handled</source>
        <translation>Mark as &amp;handled</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="119"/>
        <source>Its replies no longer count as unread</source>
        <translation>Its replies no longer count as unread</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="154"/>
        <source>Choose a conversation on the left to see what was sent and replied, and to answer.</source>
        <translation>Choose a conversation on the left to see what was sent and replied, and to answer.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="173"/>
        <source>Not sent.</source>
        <translation>Not sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="232"/>
        <source>%Ln earlier message(s) are not shown.</source>
        <translation>
            <numerusform>%Ln earlier message is not shown.</numerusform>
            <numerusform>%Ln earlier messages are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="299"/>
        <source>Type the reply first.</source>
        <translation>Type the reply first.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="305"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="306"/>
        <source>Reply to {mobile}</source>
        <translation>Reply to {mobile}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="322"/>
        <source>Sent. Its delivery report will show here.</source>
        <translation>Sent. Its delivery report will show here.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="324"/>
        <source>Not sent: the number is on the opt-out list.</source>
        <translation>Not sent: the number is on the opt-out list.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="327"/>
        <source>The gateway did not answer in time: the reply may or may not have gone. Wait for its delivery report before sending it again.</source>
        <translation>The gateway did not answer in time: the reply may or may not have gone. Wait for its delivery report before sending it again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="331"/>
        <source>The gateway refused the reply: the conversation above says why.</source>
        <translation>The gateway refused the reply: the conversation above says why.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/conversation_view.py" line="334"/>
        <source>The reply was not sent: {reason}</source>
        <translation>The reply was not sent: {reason}</translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/models/conversations_model.py" line="111"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/models/conversations_model.py" line="118"/>
        <source>%n reply(ies) not handled yet</source>
        <translation>
            <numerusform>%n reply not handled yet</numerusform>
            <numerusform>%n replies not handled yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversations_model.py" line="74"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversations_model.py" line="119"/>
        <source>On the opt-out list</source>
        <translation>On the opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/conversations_model.py" line="121"/>
        <source>The latest reply looks like a request to stop messages: check it</source>
        <translation>The latest reply looks like a request to stop messages: check it</translation>
    </message>
</context>
<context>
    <name>ConversationsPane</name>
    <message>
        <location filename="../../juhe_desk/ui/conversation/conversations_pane.py" line="66"/>
        <source>Only not handled</source>
        <translation>Only not handled</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/conversations_pane.py" line="67"/>
        <source>Show only the conversations with replies nobody has handled yet</source>
        <translation>Show only the conversations with replies nobody has handled yet</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="43"/>
        <source>Daily totals</source>
        <translation>Daily totals</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="58"/>
        <source>%Ln message(s) sent</source>
        <translation>
            <numerusform>%Ln message sent</numerusform>
            <numerusform>%Ln messages sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="60"/>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="184"/>
        <source>success rate {rate:.1f}%</source>
        <translation>success rate {rate:.1f}%</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="91"/>
        <source>No SMS sent in this period</source>
        <translation>No SMS sent in this period</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="153"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="153"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="154"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="154"/>
        <source>Success rate</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/daily_chart.py" line="179"/>
        <source>{day}: {total} sent, {success} delivered, {fail} failed, {unknown} unknown</source>
        <translation>{day}: {total} sent, {success} delivered, {fail} failed, {unknown} unknown</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="53"/>
        <source>&amp;Back up data…</source>
        <translation>&amp;Back up data…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="56"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="99"/>
        <source>No automatic backup was made today: {reason}</source>
        <translation>No automatic backup was made today: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="140"/>
        <source>Back up data to</source>
        <translation>Back up data to</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="153"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="159"/>
        <source>Backed up to {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="164"/>
        <source>No backup was made</source>
        <translation>No backup was made</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="171"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="184"/>
        <source>Checking the backup file…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="192"/>
        <source>This file cannot be restored</source>
        <translation>This file cannot be restored</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="200"/>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="204"/>
        <source>The data now in juhe-desk will be replaced by the backup {path} (it was checked and is sound). The current data file is kept in the data folder as {name}; nothing is deleted. juhe-desk then reopens its data.</source>
        <translation>The data now in juhe-desk will be replaced by the backup {path} (it was checked and is sound). The current data file is kept in the data folder as {name}; nothing is deleted. juhe-desk then reopens its data.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="209"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="221"/>
        <source>Restored from {path}; the data file before it was kept as {name}.</source>
        <translation>Restored from {path}; the data file before it was kept as {name}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/data_safety.py" line="248"/>
        <source>The data file was not replaced: {reason}</source>
        <translation>The data file was not replaced: {reason}</translation>
    </message>
</context>
<context>
    <name>DatabaseRescueDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="122"/>
        <source>juhe-desk cannot read its data file properly: it is damaged. This usually comes from a power cut, a forced shutdown or a failing disk.</source>
        <translation>juhe-desk cannot read its data file properly: it is damaged. This usually comes from a power cut, a forced shutdown or a failing disk.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="125"/>
        <source>The check of the data file found damage in it: part of the history cannot be read. This usually comes from a power cut, a forced shutdown or a failing disk.</source>
        <translation>The check of the data file found damage in it: part of the history cannot be read. This usually comes from a power cut, a forced shutdown or a failing disk.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="128"/>
        <source>Whatever you choose, the damaged file is kept in the data folder under a new name with today&apos;s date ({name}); it is never deleted.</source>
        <translation>Whatever you choose, the damaged file is kept in the data folder under a new name with today&apos;s date ({name}); it is never deleted.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="132"/>
        <source>No automatic backup was found.</source>
        <translation>No automatic backup was found.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="133"/>
        <source>The data file is damaged</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="135"/>
        <source>The disk is full</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="136"/>
        <source>The disk is full: juhe-desk cannot open its data file. Free some disk space (delete files you no longer need, empty the recycle bin), then click “Try again”. Nothing was changed in your data.</source>
        <translation>The disk is full: juhe-desk cannot open its data file. Free some disk space (delete files you no longer need, empty the recycle bin), then click “Try again”. Nothing was changed in your data.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="140"/>
        <source>The data folder cannot be written</source>
        <translation>The data folder cannot be written</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="141"/>
        <source>juhe-desk cannot write in its data folder ({folder}): it may be on a read-only or write-protected disk, or you may not write there. Make the folder writable (or ask whoever looks after this computer), then click “Try again”. Nothing was changed in your data.</source>
        <translation>juhe-desk cannot write in its data folder ({folder}): it may be on a read-only or write-protected disk, or you may not write there. Make the folder writable (or ask whoever looks after this computer), then click “Try again”. Nothing was changed in your data.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="146"/>
        <source>The data file is in use</source>
        <translation>The data file is in use</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="147"/>
        <source>Another program is using the data file; perhaps juhe-desk is already open. Close it, then click “Try again”.</source>
        <translation>Another program is using the data file; perhaps juhe-desk is already open. Close it, then click “Try again”.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="150"/>
        <source>The data file cannot be read or written</source>
        <translation>The data file cannot be read or written</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="151"/>
        <source>Reading or writing the data file failed ({folder}): the disk may be failing or unplugged. Check the disk, then click “Try again”.</source>
        <translation>Reading or writing the data file failed ({folder}): the disk may be failing or unplugged. Check the disk, then click “Try again”.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="154"/>
        <source>The data file cannot be opened</source>
        <translation>The data file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="155"/>
        <source>juhe-desk could not start</source>
        <translation>juhe-desk could not start</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="156"/>
        <source>Something unexpected went wrong while opening the data file; it was not changed. Click “Try again”; if it happens again, send the log file to whoever helps you with juhe-desk.</source>
        <translation>Something unexpected went wrong while opening the data file; it was not changed. Click “Try again”; if it happens again, send the log file to whoever helps you with juhe-desk.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="167"/>
        <source>Restore the latest automatic backup</source>
        <translation>Restore the latest automatic backup</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="168"/>
        <source>Go back to the backup made on {date}. What happened after it (sends, delivery reports, replies) will be missing.</source>
        <translation>Go back to the backup made on {date}. What happened after it (sends, delivery reports, replies) will be missing.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="173"/>
        <source>Start with a new, empty data file</source>
        <translation>Start with a new, empty data file</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="174"/>
        <source>Start from nothing: the account has to be set up again (the password stays in the system keyring) and the history is not shown.</source>
        <translation>Start from nothing: the account has to be set up again (the password stays in the system keyring) and the history is not shown.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="177"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="178"/>
        <source>Once the problem above is solved.</source>
        <translation>Once the problem above is solved.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="179"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="180"/>
        <source>Change nothing for now; the data folder can be shown to someone who can help.</source>
        <translation>Change nothing for now; the data folder can be shown to someone who can help.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="186"/>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="188"/>
        <source>The details are in the log file: {path}</source>
        <translation>The details are in the log file: {path}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/database_rescue.py" line="191"/>
        <source>Technical detail: {detail}</source>
        <translation>Technical detail: {detail}</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/demo_banner.py" line="15"/>
        <source>{app} — demo mode</source>
        <translation>{app} — demo mode</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/demo_banner.py" line="20"/>
        <source>Demo mode: messages go to a simulated gateway on this computer, never to a phone. The demo&apos;s balance and history are kept in a data folder of their own.</source>
        <translation>Demo mode: messages go to a simulated gateway on this computer, never to a phone. The demo&apos;s balance and history are kept in a data folder of their own.</translation>
    </message>
</context>
<context>
    <name>FieldDefaultDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="36"/>
        <source>A default for {field}</source>
        <translation>A default for {field}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="40"/>
        <source>%Ln row(s) have no {field}. Type what the text should say there instead, e.g. 顾客 for a missing name; it is used in every row whose {field} is blank.</source>
        <translation>
            <numerusform>%Ln row has no {field}. Type what the text should say there instead, e.g. 顾客 for a missing name; it is used in every row whose {field} is blank.</numerusform>
            <numerusform>%Ln rows have no {field}. Type what the text should say there instead, e.g. 顾客 for a missing name; it is used in every row whose {field} is blank.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="45"/>
        <source>e.g. 顾客</source>
        <translation>e.g. 顾客</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="52"/>
        <source>Use it for all</source>
        <translation>Use it for all</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="78"/>
        <source>A default cannot hold braces { }.</source>
        <translation>A default cannot hold braces { }.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/field_default.py" line="80"/>
        <source>With nothing typed, the text simply leaves {field} out where it is blank.</source>
        <translation>With nothing typed, the text simply leaves {field} out where it is blank.</translation>
    </message>
</context>
<context>
    <name>FilePanel</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="101"/>
        <source>&amp;Open spreadsheet…</source>
        <translation>&amp;Open spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="102"/>
        <source>Excel (.xlsx, .xls), WPS, LibreOffice (.ods) or CSV. You can also drop a file on the window.</source>
        <translation>Excel (.xlsx, .xls), WPS, LibreOffice (.ods) or CSV. You can also drop a file on the window.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="104"/>
        <source>No file opened yet.</source>
        <translation>No file opened yet.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="107"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="110"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="113"/>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="118"/>
        <source>Save a template workbook…</source>
        <translation>Save a template workbook…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="121"/>
        <source>An empty workbook with the usual columns (姓名, 手机号, 单号, …) to fill in.</source>
        <translation>An empty workbook with the usual columns (姓名, 手机号, 单号, …) to fill in.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="125"/>
        <source>Reading… %p%</source>
        <translation>Reading… %p%</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="126"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="140"/>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="144"/>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="143"/>
        <source>Comma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="143"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="143"/>
        <source>Semicolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="143"/>
        <source>Bar |</source>
        <translation>Bar |</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="183"/>
        <source>Spreadsheets {patterns}</source>
        <translation>Spreadsheets {patterns}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="184"/>
        <source>Open a spreadsheet</source>
        <translation>Open a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="212"/>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="242"/>
        <source>{name}: %Ln row(s)</source>
        <translation>
            <numerusform>{name}: %Ln row</numerusform>
            <numerusform>{name}: %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="256"/>
        <source>Reading {name} was cancelled.</source>
        <translation>Reading {name} was cancelled.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="278"/>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="282"/>
        <source>Detect ({found})</source>
        <translation>Detect ({found})</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="286"/>
        <source>Save the template workbook</source>
        <translation>Save the template workbook</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="287"/>
        <source>customer-list.xlsx</source>
        <translation>customer-list.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="288"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/file_panel.py" line="298"/>
        <source>The template was saved as {path}. Fill it in, save it, then open it here.</source>
        <translation>The template was saved as {path}. Fill it in, save it, then open it here.</translation>
    </message>
</context>
<context>
    <name>HistoryMove</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="30"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="30"/>
        <source>Send batches</source>
        <translation>Send batches</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="31"/>
        <source>Delivery reports</source>
        <translation>Delivery reports</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="31"/>
        <source>Messages sent</source>
        <translation>Messages sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="32"/>
        <source>Opted-out numbers</source>
        <translation>Opted-out numbers</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="32"/>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="33"/>
        <source>Quick replies</source>
        <translation>Quick replies</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="33"/>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="34"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="34"/>
        <source>Customers&apos; names</source>
        <translation>Customers&apos; names</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="40"/>
        <source>{what}: {moved:,} of {all:,}</source>
        <translation>{what}: {moved:,} of {all:,}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="44"/>
        <source>Done. Everything this desk kept is in the team database now; every table was counted again to check:</source>
        <translation>Done. Everything this desk kept is in the team database now; every table was counted again to check:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="47"/>
        <source>Not everything arrived: some rows of this desk are not in the team database. Start the move again: it goes on where it stopped and copies nothing twice.</source>
        <translation>Not everything arrived: some rows of this desk are not in the team database. Start the move again: it goes on where it stopped and copies nothing twice.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="50"/>
        <source>This desk&apos;s own file is kept as it was: {path}</source>
        <translation>This desk&apos;s own file is kept as it was: {path}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="61"/>
        <source>Move this desk&apos;s history into the team database</source>
        <translation>Move this desk&apos;s history into the team database</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="77"/>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="189"/>
        <source>Start moving in</source>
        <translation>Start moving in</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="78"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="79"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="102"/>
        <source>This desk keeps its history on its own. To move it into the team database, first connect this desk to it (Account › Account settings › Team&apos;s shared database), start juhe-desk again, then come back here.</source>
        <translation>This desk keeps its history on its own. To move it into the team database, first connect this desk to it (Account › Account settings › Team&apos;s shared database), start juhe-desk again, then come back here.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="107"/>
        <source>This desk has no history of its own to move in: there is no data file in its data folder ({path}).</source>
        <translation>This desk has no history of its own to move in: there is no data file in its data folder ({path}).</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="109"/>
        <source>This copies everything this desk kept on its own (campaigns and their messages, delivery reports, replies, the opt-out list, templates, quick replies, conversations) into the team database at {address}, beside what the other desks have there. Nothing is sent.

This desk&apos;s own file stays as it is. You can stop at any time and start again: the move goes on where it stopped and copies nothing twice. At the end every table is counted to check.</source>
        <translation>This copies everything this desk kept on its own (campaigns and their messages, delivery reports, replies, the opt-out list, templates, quick replies, conversations) into the team database at {address}, beside what the other desks have there. Nothing is sent.

This desk&apos;s own file stays as it is. You can stop at any time and start again: the move goes on where it stopped and copies nothing twice. At the end every table is counted to check.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="133"/>
        <source>Reading this desk&apos;s file…</source>
        <translation>Reading this desk&apos;s file…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="144"/>
        <source>Stopping after the current step…</source>
        <translation>Stopping after the current step…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="158"/>
        <source>Moved {done:,} of {total:,} records…</source>
        <translation>Moved {done:,} of {total:,} records…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="165"/>
        <source>Moved in.</source>
        <translation>Moved in.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="165"/>
        <source>Not complete.</source>
        <translation>Not complete.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="169"/>
        <source>Stopped. What was moved stays in the team database; press “Start moving in” to go on from there.</source>
        <translation>Stopped. What was moved stays in the team database; press “Start moving in” to go on from there.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/history_move_dialog.py" line="172"/>
        <source>The move stopped: {reason}
What was moved stays in the team database; once that is put right, start again to go on from there.</source>
        <translation>The move stopped: {reason}
What was moved stays in the team database; once that is put right, start again to go on from there.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="43"/>
        <source>Open a spreadsheet to begin.</source>
        <translation>Open a spreadsheet to begin.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="48"/>
        <source>Export rows not sent…</source>
        <translation>Export rows not sent…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="50"/>
        <source>The rows that will not be sent (invalid number, duplicate, opted out, no text), each with the reason, to fix and import again.</source>
        <translation>The rows that will not be sent (invalid number, duplicate, opted out, no text), each with the reason, to fix and import again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="53"/>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="73"/>
        <source>&amp;Start campaign…</source>
        <translation>&amp;Start campaign…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="55"/>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="56"/>
        <source>Rows not sent as they are</source>
        <translation>Rows not sent as they are</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="57"/>
        <source>Rows costing an extra SMS</source>
        <translation>Rows costing an extra SMS</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="121"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="158"/>
        <source>&amp;Open spreadsheet for bulk sending…</source>
        <translation>&amp;Open spreadsheet for bulk sending…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="161"/>
        <source>Save a &amp;template workbook…</source>
        <translation>Save a &amp;template workbook…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/close_question.py" line="17"/>
        <source>A campaign is sending</source>
        <translation>A campaign is sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/close_question.py" line="18"/>
        <source>A campaign is being sent right now. If you close the window, it pauses after the requests on their way; you can resume it the next time you open juhe-desk.</source>
        <translation>A campaign is being sent right now. If you close the window, it pauses after the requests on their way; you can resume it the next time you open juhe-desk.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/close_question.py" line="20"/>
        <source>Pause and close</source>
        <translation>Pause and close</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/close_question.py" line="20"/>
        <source>Keep sending</source>
        <translation>Keep sending</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="265"/>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Choose the column that holds the phone numbers.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="277"/>
        <source>Fix the message first: it names columns the sheet does not have (listed under it).</source>
        <translation>Fix the message first: it names columns the sheet does not have (listed under it).</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="280"/>
        <source>Fix the message first: see what is wrong under it.</source>
        <translation>Fix the message first: see what is wrong under it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="285"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Checking %Ln row…</numerusform>
            <numerusform>Checking %Ln rows…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="295"/>
        <source>{valid} valid · {invalid} invalid · {duplicates} duplicate · {opted_out} opted out</source>
        <translation>{valid} valid · {invalid} invalid · {duplicates} duplicate · {opted_out} opted out</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/import_page.py" line="303"/>
        <source>Type the message to send, then check the texts below.</source>
        <translation>Type the message to send, then check the texts below.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="75"/>
        <source>&amp;Start again as a new campaign…</source>
        <translation>&amp;Start again as a new campaign…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="77"/>
        <source>Re&amp;sume this campaign…</source>
        <translation>Re&amp;sume this campaign…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="79"/>
        <source>Set up the gateway account first: Account › Account settings…</source>
        <translation>Set up the gateway account first: Account › Account settings…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="82"/>
        <source>Another campaign is being sent; start this one when it is done.</source>
        <translation>Another campaign is being sent; start this one when it is done.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="85"/>
        <source>This sheet with this message was sent as “{name}” ({time}). A new campaign sends it again, after a warning.</source>
        <translation>This sheet with this message was sent as “{name}” ({time}). A new campaign sends it again, after a warning.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="90"/>
        <source>This sheet with this message is campaign “{name}”, not finished yet: it is resumed, never started again from the first row.</source>
        <translation>This sheet with this message is campaign “{name}”, not finished yet: it is resumed, never started again from the first row.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/preview_pane.py" line="95"/>
        <source>Check the counts and the cost, then send now or at a chosen time (Ctrl+Enter)</source>
        <translation>Check the counts and the cost, then send now or at a chosen time (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="118"/>
        <source>Campaign answered</source>
        <translation>Campaign answered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="118"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="118"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="118"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="119"/>
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
        <source>A guess: the latest campaign sent to this number before the reply.</source>
        <translation>A guess: the latest campaign sent to this number before the reply.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="167"/>
        <source>Sure: the reply came to this campaign&apos;s own extension of the access number.</source>
        <translation>Sure: the reply came to this campaign&apos;s own extension of the access number.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="174"/>
        <source>This reply asks to opt out: the number is on the opt-out list unless someone removed it.</source>
        <translation>This reply asks to opt out: the number is on the opt-out list unless someone removed it.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="177"/>
        <source>This reply looks like a request to stop messages. Add the number to the opt-out list, or mark it as not an opt-out.</source>
        <translation>This reply looks like a request to stop messages. Add the number to the opt-out list, or mark it as not an opt-out.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="181"/>
        <source>Opt-out reply</source>
        <translation>Opt-out reply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="183"/>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="189"/>
        <source>Likely opt-out: check it</source>
        <translation>Likely opt-out: check it</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="189"/>
        <location filename="../../juhe_desk/ui/models/inbox_model.py" line="203"/>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="75"/>
        <source>Find: the start of a number, a name, or words in a reply</source>
        <translation>Find: the start of a number, a name, or words in a reply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="81"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="82"/>
        <source>Save the replies shown to an Excel file</source>
        <translation>Save the replies shown to an Excel file</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="83"/>
        <source>Opt-out &amp;list…</source>
        <translation>Opt-out &amp;list…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="123"/>
        <source>Open the conversation</source>
        <translation>Open the conversation</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="139"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="140"/>
        <source>All replies</source>
        <translation>All replies</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="192"/>
        <source>The push receiver did not start: {reason}</source>
        <translation>The push receiver did not start: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="230"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/replies_export.py" line="51"/>
        <source>replies-{date}.xlsx</source>
        <translation>replies-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/replies_export.py" line="54"/>
        <source>Export replies</source>
        <translation>Export replies</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/replies_export.py" line="56"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/replies_export.py" line="70"/>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="273"/>
        <source>%Ln new reply(ies)</source>
        <translation>
            <numerusform>%Ln new reply</numerusform>
            <numerusform>%Ln new replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="275"/>
        <source>, %Ln opt-out(s)</source>
        <translation>
            <numerusform>, %Ln opt-out</numerusform>
            <numerusform>, %Ln opt-outs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="277"/>
        <source>, %Ln that look like opt-outs: check them</source>
        <translation>
            <numerusform>, %Ln that looks like an opt-out: check it</numerusform>
            <numerusform>, %Ln that look like opt-outs: check them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="335"/>
        <source>Replies saved to {path}</source>
        <translation>Replies saved to {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="348"/>
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="350"/>
        <source>%Ln reply(ies)</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="368"/>
        <source>Export re&amp;plies…</source>
        <translation>Export re&amp;plies…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="371"/>
        <source>&amp;Opt-out list…</source>
        <translation>&amp;Opt-out list…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="374"/>
        <source>&amp;Push receiver…</source>
        <translation>&amp;Push receiver…</translation>
    </message>
</context>
<context>
    <name>InboxReview</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="47"/>
        <source>Replies that look like a request to stop messages (such as 别发了 or 不需要) but were not added to the opt-out list by themselves. Check each one.</source>
        <translation>Replies that look like a request to stop messages (such as 别发了 or 不需要) but were not added to the opt-out list by themselves. Check each one.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="49"/>
        <source>Add to &amp;opt-out list</source>
        <translation>Add to &amp;opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="51"/>
        <source>Put the senders of the selected replies on the opt-out list: they get no more messages</source>
        <translation>Put the senders of the selected replies on the opt-out list: they get no more messages</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="53"/>
        <source>&amp;Not an opt-out</source>
        <translation>&amp;Not an opt-out</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="55"/>
        <source>The selected replies do not ask to stop: they no longer wait for a look</source>
        <translation>The selected replies do not ask to stop: they no longer wait for a look</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="63"/>
        <source>Add to opt-out list</source>
        <translation>Add to opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="65"/>
        <source>Not an opt-out</source>
        <translation>Not an opt-out</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/inbox_review.py" line="118"/>
        <source>Likely opt-outs to check (%Ln)</source>
        <translation>
            <numerusform>Likely opt-outs to check (%Ln)</numerusform>
            <numerusform>Likely opt-outs to check (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvalidNumbersDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/compose/invalid_numbers_dialog.py" line="30"/>
        <source>Invalid numbers</source>
        <translation>Invalid numbers</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/invalid_numbers_dialog.py" line="43"/>
        <source>&amp;Copy list</source>
        <translation>&amp;Copy list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/invalid_numbers_dialog.py" line="57"/>
        <source>%Ln entry(ies) of the recipients box are not usable mobile numbers and will be skipped. Correct them in the box, or leave them out.</source>
        <translation>
            <numerusform>%Ln entry of the recipients box is not a usable mobile number and will be skipped. Correct it in the box, or leave it out.</numerusform>
            <numerusform>%Ln entries of the recipients box are not usable mobile numbers and will be skipped. Correct them in the box, or leave them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvalidNumbersModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/invalid_numbers_model.py" line="21"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/invalid_numbers_model.py" line="21"/>
        <source>Why it cannot be used</source>
        <translation>Why it cannot be used</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="95"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="112"/>
        <source>Account &amp;settings…</source>
        <translation>Account &amp;settings…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="115"/>
        <source>&amp;Add another account…</source>
        <translation>&amp;Add another account…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="118"/>
        <source>&amp;Refresh balance</source>
        <translation>&amp;Refresh balance</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="96"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="97"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="121"/>
        <source>Check for reports and replies &amp;now</source>
        <translation>Check for reports and replies &amp;now</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="123"/>
        <source>&amp;Team database on this computer…</source>
        <translation>&amp;Team database on this computer…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="126"/>
        <source>&amp;Move this desk&apos;s history into the team database…</source>
        <translation>&amp;Move this desk&apos;s history into the team database…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="135"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="140"/>
        <source>&amp;About juhe-desk</source>
        <translation>&amp;About juhe-desk</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="142"/>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copy diagnostics</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="63"/>
        <source>The team database can be reached again. Sending works again.</source>
        <translation>The team database can be reached again. Sending works again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="66"/>
        <source>Team database unreachable: the network or its computer is down. Retrying…</source>
        <translation>Team database unreachable: the network or its computer is down. Retrying…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="74"/>
        <source>Also on line: {desks}</source>
        <translation>Also on line: {desks}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="76"/>
        <source>No other desk on line</source>
        <translation>No other desk on line</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="83"/>
        <source>Not receiving reports: data folder unusable</source>
        <translation>Not receiving reports: data folder unusable</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="97"/>
        <source>No desk is receiving reports right now</source>
        <translation>No desk is receiving reports right now</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="99"/>
        <source>This desk receives the reports</source>
        <translation>This desk receives the reports</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="101"/>
        <source>Reports received by {desk}</source>
        <translation>Reports received by {desk}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="363"/>
        <source>The team database setting was saved; it takes effect when juhe-desk starts again.</source>
        <translation>The team database setting was saved; it takes effect when juhe-desk starts again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="108"/>
        <source>No account set up</source>
        <translation>No account set up</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="110"/>
        <source>Account {id}</source>
        <translation>Account {id}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="116"/>
        <source>Balance: —</source>
        <translation>Balance: —</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="121"/>
        <source>Balance: ¥{amount}</source>
        <translation>Balance: ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="124"/>
        <source>(low)</source>
        <translation>(low)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="130"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/status_labels.py" line="133"/>
        <source>Not connected: {reason}</source>
        <translation>Not connected: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="377"/>
        <source>Diagnostics copied to the clipboard (no password is included).</source>
        <translation>Diagnostics copied to the clipboard (no password is included).</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="387"/>
        <source>The user guide is not part of this installation; it is in the docs folder of juhe-desk&apos;s source.</source>
        <translation>The user guide is not part of this installation; it is in the docs folder of juhe-desk&apos;s source.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/main_window.py" line="397"/>
        <source>About juhe-desk</source>
        <translation>About juhe-desk</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="107"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="107"/>
        <source>Bulk import</source>
        <translation>Bulk import</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="107"/>
        <source>Delivery reports</source>
        <translation>Delivery reports</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="107"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/inbox_page.py" line="228"/>
        <location filename="../../juhe_desk/ui/pages/__init__.py" line="108"/>
        <source>Inbox / replies</source>
        <translation>Inbox / replies</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="58"/>
        <source>Type the message. To fill in a value from each row, put its column name in braces, e.g. {姓名}, or click a column below.</source>
        <translation>Type the message. To fill in a value from each row, put its column name in braces, e.g. {姓名}, or click a column below.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="66"/>
        <source>Click a column to insert it where the cursor is.</source>
        <translation>Click a column to insert it where the cursor is.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="79"/>
        <source>Add an opt-out note:</source>
        <translation>Add an opt-out note:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="82"/>
        <source>Keep only the first row per number</source>
        <translation>Keep only the first row per number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="85"/>
        <source>A number listed again with a different text gets only its first row. The same number with the same text is always sent once.</source>
        <translation>A number listed again with a different text gets only its first row. The same number with the same text is always sent once.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="87"/>
        <source>Include opted-out numbers</source>
        <translation>Include opted-out numbers</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="90"/>
        <source>Numbers on the opt-out list are left out unless you tick this. Tick it only if they agreed to get this message.</source>
        <translation>Numbers on the opt-out list are left out unless you tick this. Tick it only if they agreed to get this message.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="109"/>
        <source>Phone number &amp;column:</source>
        <translation>Phone number &amp;column:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="110"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="111"/>
        <source>Insert a column:</source>
        <translation>Insert a column:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="141"/>
        <source>Column {n}</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="148"/>
        <source>Insert {{{name}}}</source>
        <translation>Insert {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="220"/>
        <source>Click a column name to use it in the message.</source>
        <translation>Click a column name to use it in the message.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="234"/>
        <source>{field}: the spreadsheet has no such column.</source>
        <translation>{field}: the spreadsheet has no such column.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="235"/>
        <source>{field}: the spreadsheet has no such column. Did you mean {headers}?</source>
        <translation>{field}: the spreadsheet has no such column. Did you mean {headers}?</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="237"/>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="251"/>
        <source>Each row gets its own text, filled in from the columns {fields}.</source>
        <translation>Each row gets its own text, filled in from the columns {fields}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="255"/>
        <source>Every row gets the same text.</source>
        <translation>Every row gets the same text.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="260"/>
        <source>The signature {signature} is added at the start of every text.</source>
        <translation>The signature {signature} is added at the start of every text.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/message_panel.py" line="266"/>
        <source>No signature is set for this account: most gateways refuse a text without its registered 【signature】. Add it in Account › Account settings…</source>
        <translation>No signature is set for this account: most gateways refuse a text without its registered 【signature】. Add it in Account › Account settings…</translation>
    </message>
</context>
<context>
    <name>OptOutActions</name>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/optout_actions.py" line="56"/>
        <source>%Ln number(s) added to the opt-out list: they get no more messages.</source>
        <translation>
            <numerusform>%Ln number added to the opt-out list: it gets no more messages.</numerusform>
            <numerusform>%Ln numbers added to the opt-out list: they get no more messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/optout_actions.py" line="59"/>
        <source>%Ln number(s) were already on it.</source>
        <translation>
            <numerusform>%Ln number was already on it.</numerusform>
            <numerusform>%Ln numbers were already on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/optout_actions.py" line="68"/>
        <source>%Ln reply(ies) marked as not an opt-out.</source>
        <translation>
            <numerusform>%Ln reply marked as not an opt-out.</numerusform>
            <numerusform>%Ln replies marked as not an opt-out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="72"/>
        <source>Opt-out list</source>
        <translation>Opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="79"/>
        <source>Numbers on this list are left out of every send unless you include them for one send. Replies such as R, TD or 退订 add their number here by themselves.</source>
        <translation>Numbers on this list are left out of every send unless you include them for one send. Replies such as R, TD or 退订 add their number here by themselves.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="84"/>
        <source>Replies that only look like it (such as 别发了 or 不需要) wait in the Inbox under “Likely opt-outs to check”. A send running now leaves out a number as soon as it is on this list.</source>
        <translation>Replies that only look like it (such as 别发了 or 不需要) wait in the Inbox under “Likely opt-outs to check”. A send running now leaves out a number as soon as it is on this list.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="89"/>
        <source>Search: the start of a number</source>
        <translation>Search: the start of a number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="108"/>
        <source>Mobile number to add</source>
        <translation>Mobile number to add</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="111"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="112"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="114"/>
        <source>&amp;Import from pasted text…</source>
        <translation>&amp;Import from pasted text…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="180"/>
        <source>“{number}” is not a mobile number: {reason}</source>
        <translation>“{number}” is not a mobile number: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="189"/>
        <source>{number} is on the opt-out list now.</source>
        <translation>{number} is on the opt-out list now.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="192"/>
        <source>{number} was already on the list.</source>
        <translation>{number} was already on the list.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="203"/>
        <source>Remove from the opt-out list</source>
        <translation>Remove from the opt-out list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="204"/>
        <source>Remove %Ln number(s) from the opt-out list? They will get messages again.</source>
        <translation>
            <numerusform>Remove %Ln number from the opt-out list? It will get messages again.</numerusform>
            <numerusform>Remove %Ln numbers from the opt-out list? They will get messages again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="208"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="220"/>
        <source>%Ln number(s) removed from the list.</source>
        <translation>
            <numerusform>%Ln number removed from the list.</numerusform>
            <numerusform>%Ln numbers removed from the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="242"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="268"/>
        <source>%Ln number(s) added</source>
        <translation>
            <numerusform>%Ln number added</numerusform>
            <numerusform>%Ln numbers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="270"/>
        <source>%Ln already on the list</source>
        <translation>
            <numerusform>%Ln already on the list</numerusform>
            <numerusform>%Ln already on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="272"/>
        <source>%Ln not valid, left out</source>
        <translation>
            <numerusform>%Ln not valid, left out</numerusform>
            <numerusform>%Ln not valid, left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="273"/>
        <source>Import finished: {parts}.</source>
        <translation>Import finished: {parts}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="289"/>
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutFiles</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="53"/>
        <source>Import from a &amp;file…</source>
        <translation>Import from a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="56"/>
        <source>A blacklist from another platform: .xlsx, .xls or .csv with one number per row; a header and other columns are fine</source>
        <translation>A blacklist from another platform: .xlsx, .xls or .csv with one number per row; a header and other columns are fine</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="58"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="59"/>
        <source>Save the whole list as .xlsx or .csv</source>
        <translation>Save the whole list as .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="65"/>
        <source>Spreadsheets {patterns}</source>
        <translation>Spreadsheets {patterns}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="66"/>
        <source>Import numbers to the opt-out list</source>
        <translation>Import numbers to the opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="79"/>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="84"/>
        <source>%Ln number(s) added</source>
        <translation>
            <numerusform>%Ln number added</numerusform>
            <numerusform>%Ln numbers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="85"/>
        <source>%Ln already on the list</source>
        <translation>
            <numerusform>%Ln already on the list</numerusform>
            <numerusform>%Ln already on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="86"/>
        <source>%Ln not valid, left out</source>
        <translation>
            <numerusform>%Ln not valid, left out</numerusform>
            <numerusform>%Ln not valid, left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="87"/>
        <source>Import finished (column “{column}”): {parts}.</source>
        <translation>Import finished (column “{column}”): {parts}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="93"/>
        <source>opt-out-list-{date}.xlsx</source>
        <translation>opt-out-list-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="95"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="96"/>
        <source>CSV, opens in Excel and WPS (*.csv)</source>
        <translation>CSV, opens in Excel and WPS (*.csv)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="97"/>
        <source>Export the opt-out list</source>
        <translation>Export the opt-out list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="118"/>
        <source>%Ln number(s) saved to {path}.</source>
        <translation>
            <numerusform>%Ln number saved to {path}.</numerusform>
            <numerusform>%Ln numbers saved to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="105"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="105"/>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="105"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="105"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="106"/>
        <source>Added by hand</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="106"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_files_ui.py" line="106"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>OptOutImportDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="44"/>
        <source>Import numbers to the opt-out list</source>
        <translation>Import numbers to the opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="45"/>
        <source>Paste numbers, one or several per line (a column copied from a spreadsheet works too):</source>
        <translation>Paste numbers, one or several per line (a column copied from a spreadsheet works too):</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/optout_dialog.py" line="52"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>OptOutModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="33"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="33"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="33"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="33"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="34"/>
        <source>Added by hand</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="34"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/optout_model.py" line="35"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="24"/>
        <source>The number opted out after it was chosen (a reply such as R, or added to the opt-out list), so it was not sent.</source>
        <translation>The number opted out after it was chosen (a reply such as R, or added to the opt-out list), so it was not sent.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="17"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="17"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="18"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="18"/>
        <source>Sent, no report yet</source>
        <translation>Sent, no report yet</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="19"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="19"/>
        <source>Refused by the gateway</source>
        <translation>Refused by the gateway</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="20"/>
        <source>Uncertain</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="21"/>
        <source>The gateway did not answer in time: it may or may not have sent it. Wait for the delivery report before sending again.</source>
        <translation>The gateway did not answer in time: it may or may not have sent it. Wait for the delivery report before sending again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/outcomes.py" line="23"/>
        <source>Not sent: opted out</source>
        <translation>Not sent: opted out</translation>
    </message>
</context>
<context>
    <name>PrecheckDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="65"/>
        <source>Start this campaign?</source>
        <translation>Start this campaign?</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="70"/>
        <source>Send &amp;now</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="71"/>
        <source>Send &amp;at:</source>
        <translation>Send &amp;at:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="95"/>
        <source>The first text, as it will be sent:</source>
        <translation>The first text, as it will be sent:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="96"/>
        <source>Every number gets this text:</source>
        <translation>Every number gets this text:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="133"/>
        <source>{invalid} invalid · {duplicates} duplicate · {opted_out} opted out · {empty} without text</source>
        <translation>{invalid} invalid · {duplicates} duplicate · {opted_out} opted out · {empty} without text</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="141"/>
        <source>(%Ln row(s) need an extra SMS)</source>
        <translation>
            <numerusform>(%Ln row needs an extra SMS)</numerusform>
            <numerusform>(%Ln rows need an extra SMS)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="149"/>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="150"/>
        <source>SMS in all:</source>
        <translation>SMS in all:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="151"/>
        <source>Estimated cost:</source>
        <translation>Estimated cost:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="152"/>
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="158"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="158"/>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="159"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="159"/>
        <source>Opt-out note:</source>
        <translation>Opt-out note:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="162"/>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="166"/>
        <source>Sent already:</source>
        <translation>Sent already:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="163"/>
        <source>%Ln text(s) that went to the same numbers in the last 24 hours are left out</source>
        <translation>
            <numerusform>%Ln text that went to the same numbers in the last 24 hours is left out</numerusform>
            <numerusform>%Ln texts that went to the same numbers in the last 24 hours are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="167"/>
        <source>%Ln number(s) get a text they got in the last 24 hours again, as you chose</source>
        <translation>
            <numerusform>%Ln number gets a text it got in the last 24 hours again, as you chose</numerusform>
            <numerusform>%Ln numbers get a text they got in the last 24 hours again, as you chose</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="170"/>
        <source>Sends again:</source>
        <translation>Sends again:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="170"/>
        <source>the failed rows of “{name}”</source>
        <translation>the failed rows of “{name}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="212"/>
        <source>%Ln text(s) hold a line break: they are sent one by one, which takes a little longer.</source>
        <translation>
            <numerusform>%Ln text holds a line break: it is sent on its own, which takes a little longer.</numerusform>
            <numerusform>%Ln texts hold a line break: they are sent one by one, which takes a little longer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="154"/>
        <source>unknown: it could not be checked. The gateway refuses the numbers the balance cannot pay for; the campaign then pauses.</source>
        <translation>unknown: it could not be checked. The gateway refuses the numbers the balance cannot pay for; the campaign then pauses.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="138"/>
        <source>%Ln with an empty field</source>
        <translation>
            <numerusform>%Ln with an empty field</numerusform>
            <numerusform>%Ln with an empty field</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="142"/>
        <source>{texts}, to {numbers}</source>
        <translation>{texts}, to {numbers}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="143"/>
        <source>%Ln text(s)</source>
        <translation>
            <numerusform>%Ln text</numerusform>
            <numerusform>%Ln texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="144"/>
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="146"/>
        <source>Messages:</source>
        <translation>Messages:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="147"/>
        <source>By carrier:</source>
        <translation>By carrier:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="156"/>
        <source>¥{amount} (pre-paid); about ¥{left} left afterwards</source>
        <translation>¥{amount} (pre-paid); about ¥{left} left afterwards</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="176"/>
        <source>Rows not sent because a field is empty</source>
        <translation>Rows not sent because a field is empty</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="180"/>
        <source>Empty field: {field} (%Ln row(s))</source>
        <translation>
            <numerusform>Empty field: {field} (%Ln row)</numerusform>
            <numerusform>Empty field: {field} (%Ln rows)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="183"/>
        <source>Use a default for all…</source>
        <translation>Use a default for all…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="187"/>
        <source>Give {field} a word that stands in where its cell is blank (e.g. 顾客), so that these rows are sent too.</source>
        <translation>Give {field} a word that stands in where its cell is blank (e.g. 顾客), so that these rows are sent too.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="201"/>
        <source>{number}: rows {rows}</source>
        <translation>{number}: rows {rows}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="207"/>
        <source>%Ln number(s) get more than one text: the sheet has them on several rows with different texts ({examples}). To send one text per number, tick “Keep only the first row per number”.</source>
        <translation>
            <numerusform>%Ln number gets more than one text: the sheet has it on several rows with different texts ({examples}). To send one text per number, tick “Keep only the first row per number”.</numerusform>
            <numerusform>%Ln numbers get more than one text: the sheet has them on several rows with different texts ({examples}). To send one text per number, tick “Keep only the first row per number”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="221"/>
        <source>{earlier}, {row}</source>
        <translation>{earlier}, {row}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="234"/>
        <source>There is nobody to send to: no row has a valid number and a text.</source>
        <translation>There is nobody to send to: no row has a valid number and a text.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="237"/>
        <source>This cannot be sent: the pre-paid balance is used up (¥{amount}). Ask the gateway administrator to top up the account.</source>
        <translation>This cannot be sent: the pre-paid balance is used up (¥{amount}). Ask the gateway administrator to top up the account.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="239"/>
        <source>This cannot be sent: it costs about ¥{cost}, but the pre-paid balance is only ¥{amount} (¥{short} short). Ask the gateway administrator to top up the account, or send to fewer rows or a shorter text.</source>
        <translation>This cannot be sent: it costs about ¥{cost}, but the pre-paid balance is only ¥{amount} (¥{short} short). Ask the gateway administrator to top up the account, or send to fewer rows or a shorter text.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="250"/>
        <source>{time} is outside 08:00-22:00. Marketing texts sent at night annoy customers and may break the rules on commercial SMS; a time in the day is better. (Order and delivery notices may go at any time.)</source>
        <translation>{time} is outside 08:00-22:00. Marketing texts sent at night annoy customers and may break the rules on commercial SMS; a time in the day is better. (Order and delivery notices may go at any time.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="260"/>
        <source>Schedule for %Ln number(s)</source>
        <translation>
            <numerusform>Schedule for %Ln number</numerusform>
            <numerusform>Schedule for %Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/precheck_dialog.py" line="261"/>
        <source>Send to %Ln number(s)</source>
        <translation>
            <numerusform>Send to %Ln number</numerusform>
            <numerusform>Send to %Ln numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="67"/>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="67"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="67"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="67"/>
        <source>Text as sent</source>
        <translation>Text as sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="68"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="68"/>
        <source>Extra cost</source>
        <translation>Extra cost</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="68"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="196"/>
        <source>+{parts} SMS (¥{cost})</source>
        <translation>+{parts} SMS (¥{cost})</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="198"/>
        <source>+{parts} SMS</source>
        <translation>+{parts} SMS</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="223"/>
        <source>This text is {length} characters long: {parts} SMS instead of the {usual} most rows need.</source>
        <translation>This text is {length} characters long: {parts} SMS instead of the {usual} most rows need.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/preview_model.py" line="227"/>
        <source>It costs ¥{cost} more.</source>
        <translation>It costs ¥{cost} more.</translation>
    </message>
</context>
<context>
    <name>PushService</name>
    <message>
        <location filename="../../juhe_desk/ui/push_service.py" line="33"/>
        <source>“{desk}” receives the team&apos;s pushes; the receiver runs there.</source>
        <translation>“{desk}” receives the team&apos;s pushes; the receiver runs there.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/push_service.py" line="39"/>
        <source>“{entry}” is not an address or a network. Write the gateway&apos;s addresses like 47.96.1.2 or 47.97.0.0/16, separated by commas.</source>
        <translation>“{entry}” is not an address or a network. Write the gateway&apos;s addresses like 47.96.1.2 or 47.97.0.0/16, separated by commas.</translation>
    </message>
</context>
<context>
    <name>PushSettingsDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="38"/>
        <source>Push receiver</source>
        <translation>Push receiver</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="45"/>
        <source>The gateway can send delivery reports and replies to this computer as soon as they arrive, instead of waiting for the next check. Ask the gateway&apos;s support to register the address below. Checking for reports and replies keeps working either way.</source>
        <translation>The gateway can send delivery reports and replies to this computer as soon as they arrive, instead of waiting for the next check. Ask the gateway&apos;s support to register the address below. Checking for reports and replies keeps working either way.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="50"/>
        <source>&amp;Receive pushed reports and replies</source>
        <translation>&amp;Receive pushed reports and replies</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="55"/>
        <source>0.0.0.0 listens on every network interface; 127.0.0.1 only on this computer.</source>
        <translation>0.0.0.0 listens on every network interface; 127.0.0.1 only on this computer.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="60"/>
        <source>e.g. 203.0.113.7 or shop.example.com</source>
        <translation>e.g. 203.0.113.7 or shop.example.com</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="62"/>
        <source>How the gateway on the internet reaches this computer: usually your router&apos;s public address or domain name, with the port forwarded to this computer. Add :port when the router forwards another port.</source>
        <translation>How the gateway on the internet reaches this computer: usually your router&apos;s public address or domain name, with the port forwarded to this computer. Add :port when the router forwards another port.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="66"/>
        <source>e.g. 47.96.1.2, 47.97.0.0/16</source>
        <translation>e.g. 47.96.1.2, 47.97.0.0/16</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="68"/>
        <source>The addresses the gateway pushes from (ask its support). Connections from anywhere else are refused before anything is read. Empty: from anywhere.</source>
        <translation>The addresses the gateway pushes from (ask its support). Connections from anywhere else are refused before anything is read. Empty: from anywhere.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="72"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="73"/>
        <source>Re&amp;new</source>
        <translation>Re&amp;new</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="75"/>
        <source>Make a new secret address. The old one stops working when you click OK: register the new one with the gateway.</source>
        <translation>Make a new secret address. The old one stops working when you click OK: register the new one with the gateway.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="87"/>
        <source>Receive on t&amp;his computer</source>
        <translation>Receive on t&amp;his computer</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="99"/>
        <source>Listen on &amp;address:</source>
        <translation>Listen on &amp;address:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="100"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="101"/>
        <source>P&amp;ublic address:</source>
        <translation>P&amp;ublic address:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="102"/>
        <source>Accept pushes &amp;only from:</source>
        <translation>Accept pushes &amp;only from:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="103"/>
        <source>Address to re&amp;gister:</source>
        <translation>Address to re&amp;gister:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="146"/>
        <source>Copied. Keep this address private: whoever knows it can push reports and replies to this computer.</source>
        <translation>Copied. Keep this address private: whoever knows it can push reports and replies to this computer.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="154"/>
        <source>A new address. The old one stops working when you click OK: register the new one with the gateway, or pushes will be refused.</source>
        <translation>A new address. The old one stops working when you click OK: register the new one with the gateway, or pushes will be refused.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="196"/>
        <source>Register this exact address with the gateway&apos;s support and keep it private: whoever knows it can push reports and replies to this computer.</source>
        <translation>Register this exact address with the gateway&apos;s support and keep it private: whoever knows it can push reports and replies to this computer.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="200"/>
        <source>Listening on every network interface: the gateway on the internet must reach this computer on port {port} (usually through port forwarding on the router and an opening in the firewall). Only requests for the secret address are taken; fill in the gateway&apos;s addresses above to refuse everyone else.</source>
        <translation>Listening on every network interface: the gateway on the internet must reach this computer on port {port} (usually through port forwarding on the router and an opening in the firewall). Only requests for the secret address are taken; fill in the gateway&apos;s addresses above to refuse everyone else.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="207"/>
        <source>Only programs on this computer can reach this address; a gateway on the internet cannot.</source>
        <translation>Only programs on this computer can reach this address; a gateway on the internet cannot.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="220"/>
        <source>“{desk}” receives now. After OK this computer does: have the router forward port {port} to this computer too, or pushes will not arrive.</source>
        <translation>“{desk}” receives now. After OK this computer does: have the router forward port {port} to this computer too, or pushes will not arrive.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="225"/>
        <source>The team&apos;s pushes arrive at this computer only: the router must forward port {port} here.</source>
        <translation>The team&apos;s pushes arrive at this computer only: the router must forward port {port} here.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="228"/>
        <source>“{desk}” receives the team&apos;s pushes. Tick the box to receive them on this computer instead.</source>
        <translation>“{desk}” receives the team&apos;s pushes. Tick the box to receive them on this computer instead.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="235"/>
        <source>Running: listening on port {port}.</source>
        <translation>Running: listening on port {port}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="237"/>
        <source>Not running: {reason}</source>
        <translation>Not running: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/push_settings_dialog.py" line="239"/>
        <source>Not running.</source>
        <translation>Not running.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="17"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="18"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="19"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="20"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="21"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="22"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="23"/>
        <source>Yes to All</source>
        <translation>Yes to All</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="24"/>
        <source>No to All</source>
        <translation>No to All</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/qt_words.py" line="25"/>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
</context>
<context>
    <name>QuickRepliesDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="40"/>
        <source>Quick replies</source>
        <translation>Quick replies</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="44"/>
        <source>Texts you send often, such as the shop&apos;s address or opening hours. In a conversation, one click puts one into the reply.</source>
        <translation>Texts you send often, such as the shop&apos;s address or opening hours. In a conversation, one click puts one into the reply.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="50"/>
        <source>e.g. Address</source>
        <translation>e.g. Address</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="52"/>
        <source>e.g. We are at 12 Heping Road, next to the metro station.</source>
        <translation>e.g. We are at 12 Heping Road, next to the metro station.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="58"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="59"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="60"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="61"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="62"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="70"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="71"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="120"/>
        <source>Type the text of the quick reply first.</source>
        <translation>Type the text of the quick reply first.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="124"/>
        <source>Quick reply added.</source>
        <translation>Quick reply added.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="127"/>
        <source>Quick reply saved.</source>
        <translation>Quick reply saved.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="133"/>
        <source>Delete quick reply</source>
        <translation>Delete quick reply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="134"/>
        <source>Delete the quick reply “{title}”?</source>
        <translation>Delete the quick reply “{title}”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/quick_replies_dialog.py" line="191"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="55"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="59"/>
        <source>Type or paste mobile numbers: one per line, or separated by commas or spaces. A column copied from Excel works too; +86, spaces and dashes are fine.</source>
        <translation>Type or paste mobile numbers: one per line, or separated by commas or spaces. A column copied from Excel works too; +86, spaces and dashes are fine.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="64"/>
        <source>Show &amp;invalid…</source>
        <translation>Show &amp;invalid…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="68"/>
        <source>Include opted-out numbers in this send</source>
        <translation>Include opted-out numbers in this send</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="70"/>
        <source>Numbers whose owners replied to stop messages are left out. Tick this only if they agreed to receive this message.</source>
        <translation>Numbers whose owners replied to stop messages are left out. Tick this only if they agreed to receive this message.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="222"/>
        <source>Checking %Ln line(s)…</source>
        <translation>
            <numerusform>Checking %Ln line…</numerusform>
            <numerusform>Checking %Ln lines…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="244"/>
        <source>The numbers could not be checked: {reason}</source>
        <translation>The numbers could not be checked: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="264"/>
        <source>%Ln valid</source>
        <translation>
            <numerusform>%Ln valid</numerusform>
            <numerusform>%Ln valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="265"/>
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="266"/>
        <source>%Ln duplicate(s) removed</source>
        <translation>
            <numerusform>%Ln duplicate removed</numerusform>
            <numerusform>%Ln duplicates removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="267"/>
        <source>%Ln opted out (included)</source>
        <translation>
            <numerusform>%Ln opted out (included)</numerusform>
            <numerusform>%Ln opted out (included)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="269"/>
        <source>%Ln opted out (left out)</source>
        <translation>
            <numerusform>%Ln opted out (left out)</numerusform>
            <numerusform>%Ln opted out (left out)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="274"/>
        <source>By carrier: {counts}</source>
        <translation>By carrier: {counts}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/compose/recipients_panel.py" line="276"/>
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
    <name>RepeatSendWarning</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="58"/>
        <source>Sent already</source>
        <translation>Sent already</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="68"/>
        <source>This sheet with this message was sent before: campaign “{name}”, created {time}.</source>
        <translation>This sheet with this message was sent before: campaign “{name}”, created {time}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="72"/>
        <source>%Ln of the {total} numbers got this same text in the last 24 hours:</source>
        <translation>
            <numerusform>%Ln of the {total} numbers got this same text in the last 24 hours:</numerusform>
            <numerusform>%Ln of the {total} numbers got this same text in the last 24 hours:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="80"/>
        <source>Numbers: {numbers}</source>
        <translation>Numbers: {numbers}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="83"/>
        <source>Customers who get the same text twice may complain or opt out. Send it again only if you mean to.</source>
        <translation>Customers who get the same text twice may complain or opt out. Send it again only if you mean to.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="95"/>
        <source>Don&apos;t send</source>
        <translation>Don&apos;t send</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="101"/>
        <source>Leave them out, send to the other %Ln</source>
        <translation>
            <numerusform>Leave them out, send to the other %Ln</numerusform>
            <numerusform>Leave them out, send to the other %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="106"/>
        <source>Send to all %Ln anyway</source>
        <translation>
            <numerusform>Send to all %Ln anyway</numerusform>
            <numerusform>Send to all %Ln anyway</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="128"/>
        <source>• and %Ln more earlier send(s)</source>
        <translation>
            <numerusform>• and %Ln more earlier send</numerusform>
            <numerusform>• and %Ln more earlier sends</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="133"/>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="136"/>
        <source>• quick send at {when}: %Ln number(s)</source>
        <translation>
            <numerusform>• quick send at {when}: %Ln number</numerusform>
            <numerusform>• quick send at {when}: %Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/dialogs/repeat_send_warning.py" line="138"/>
        <source>• campaign “{name}”, sent {when}: %Ln number(s)</source>
        <translation>
            <numerusform>• campaign “{name}”, sent {when}: %Ln number</numerusform>
            <numerusform>• campaign “{name}”, sent {when}: %Ln numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="68"/>
        <source>Quick replies…</source>
        <translation>Quick replies…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="69"/>
        <source>Add or change the texts you send often</source>
        <translation>Add or change the texts you send often</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="86"/>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="140"/>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="87"/>
        <source>Send this text to the customer (Ctrl+Enter)</source>
        <translation>Send this text to the customer (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="91"/>
        <source>Quick replies:</source>
        <translation>Quick replies:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="121"/>
        <source>Reply to {who}…</source>
        <translation>Reply to {who}…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="123"/>
        <source>{who} wrote at {time}: {text}</source>
        <translation>{who} wrote at {time}: {text}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="127"/>
        <source>This number is on the opt-out list: the customer asked for no more messages. Send only if they asked you to reply; you will be asked to confirm.</source>
        <translation>This number is on the opt-out list: the customer asked for no more messages. Send only if they asked you to reply; you will be asked to confirm.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="140"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="169"/>
        <source>{chars} characters · {parts} part(s)</source>
        <translation>{chars} characters · {parts} part(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="172"/>
        <source>(%Ln more make it {parts} parts)</source>
        <translation>
            <numerusform>(%Ln more makes it {parts} parts)</numerusform>
            <numerusform>(%Ln more make it {parts} parts)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="176"/>
        <source>No signature is set for this account: most gateways refuse a message without it.</source>
        <translation>No signature is set for this account: most gateways refuse a message without it.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="179"/>
        <source>{signature} is added at the start and counted.</source>
        <translation>{signature} is added at the start and counted.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="182"/>
        <source>The text holds the signature {signature}.</source>
        <translation>The text holds the signature {signature}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="199"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_box.py" line="208"/>
        <source>Insert: {text}</source>
        <translation>Insert: {text}</translation>
    </message>
</context>
<context>
    <name>ReplySender</name>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_sender.py" line="59"/>
        <source>No gateway account with a known password is set up: open Account › Account settings… first.</source>
        <translation>No gateway account with a known password is set up: open Account › Account settings… first.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_sender.py" line="73"/>
        <source>The number opted out</source>
        <translation>The number opted out</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_sender.py" line="74"/>
        <source>{mobile} is on the opt-out list: the customer asked for no more messages. Send this reply only if they asked you to answer them.</source>
        <translation>{mobile} is on the opt-out list: the customer asked for no more messages. Send this reply only if they asked you to answer them.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_sender.py" line="77"/>
        <source>Send anyway</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/conversation/reply_sender.py" line="77"/>
        <source>Do not send</source>
        <translation>Do not send</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="60"/>
        <source>Number starts with…</source>
        <translation>Number starts with…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="70"/>
        <source>All carriers</source>
        <translation>All carriers</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="74"/>
        <source>The carrier a number&apos;s first digits were given to (a number that moved to another carrier keeps them)</source>
        <translation>The carrier a number&apos;s first digits were given to (a number that moved to another carrier keeps them)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="87"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="87"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="88"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="88"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="89"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="107"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="108"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="109"/>
        <source>Carr&amp;ier:</source>
        <translation>Carr&amp;ier:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="110"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="111"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="119"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="121"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="136"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="137"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="138"/>
        <source>Failed (any other code)</source>
        <translation>Failed (any other code)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/widgets/report_filter_bar.py" line="157"/>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="53"/>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="52"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="52"/>
        <source>Status code</source>
        <translation>Status code</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="52"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="52"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="53"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="53"/>
        <source>Message ID</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="54"/>
        <source>Received via</source>
        <translation>Received via</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="55"/>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/reports_model.py" line="55"/>
        <source>Push</source>
        <translation>Push</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="110"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="111"/>
        <source>Read the reports again (new ones appear by themselves after each check)</source>
        <translation>Read the reports again (new ones appear by themselves after each check)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="113"/>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="114"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="115"/>
        <source>Save the reports shown (all pages, as filtered) to an .xlsx file</source>
        <translation>Save the reports shown (all pages, as filtered) to an .xlsx file</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="119"/>
        <source>Put the numbers of the selected rows on the opt-out list: they get no more messages</source>
        <translation>Put the numbers of the selected rows on the opt-out list: they get no more messages</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="117"/>
        <source>Add to &amp;opt-out list</source>
        <translation>Add to &amp;opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="121"/>
        <source>Rep&amp;ly…</source>
        <translation>Rep&amp;ly…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="122"/>
        <source>Open the conversation with the selected number in the Inbox tab, to answer it (double-click a row)</source>
        <translation>Open the conversation with the selected number in the Inbox tab, to answer it (double-click a row)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="125"/>
        <source>Reply…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="129"/>
        <source>Add to opt-out list</source>
        <translation>Add to opt-out list</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="133"/>
        <source>&amp;Export delivery reports…</source>
        <translation>&amp;Export delivery reports…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="136"/>
        <source>Find a number</source>
        <translation>Find a number</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="303"/>
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="305"/>
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="54"/>
        <source>Export delivery reports</source>
        <translation>Export delivery reports</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="57"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="59"/>
        <source>delivery-reports</source>
        <translation>delivery-reports</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="73"/>
        <source>Delivery reports</source>
        <translation>Delivery reports</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="90"/>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_export.py" line="98"/>
        <source>Exporting… {done} of {total}</source>
        <translation>Exporting… {done} of {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="370"/>
        <source>%Ln report(s) saved to {path}</source>
        <translation>
            <numerusform>%Ln report saved to {path}</numerusform>
            <numerusform>%Ln reports saved to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/reports_page.py" line="372"/>
        <source>(a sheet holds no more rows: narrow the filter for the rest)</source>
        <translation>(a sheet holds no more rows: narrow the filter for the rest)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="50"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="51"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="52"/>
        <source>Message ID</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="156"/>
        <source>Unknown whether it was sent: the gateway&apos;s answer could not be stored. Wait for its delivery report before sending to this number again.</source>
        <translation>Unknown whether it was sent: the gateway&apos;s answer could not be stored. Wait for its delivery report before sending to this number again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="160"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="160"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="162"/>
        <source>Accepted by the gateway</source>
        <translation>Accepted by the gateway</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="164"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="167"/>
        <source>Not delivered: {reason}</source>
        <translation>Not delivered: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="172"/>
        <source>Not sent: opted out (after it was chosen: a reply such as R, or added to the opt-out list)</source>
        <translation>Not sent: opted out (after it was chosen: a reply such as R, or added to the opt-out list)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/models/results_model.py" line="174"/>
        <source>Unknown whether it was sent: the gateway did not answer in time. Wait for its delivery report before sending to this number again.</source>
        <translation>Unknown whether it was sent: the gateway did not answer in time. Wait for its delivery report before sending to this number again.</translation>
    </message>
</context>
<context>
    <name>SendCheckView</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/send_check_view.py" line="102"/>
        <source>unknown: no price per SMS is set (Account settings)</source>
        <translation>unknown: no price per SMS is set (Account settings)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/send_check_view.py" line="103"/>
        <source>¥{cost} ({parts} × ¥{price})</source>
        <translation>¥{cost} ({parts} × ¥{price})</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/send_check_view.py" line="117"/>
        <source>¥{amount} (post-paid: the cost is billed later)</source>
        <translation>¥{amount} (post-paid: the cost is billed later)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/send_check_view.py" line="120"/>
        <source>¥{amount} (pre-paid)</source>
        <translation>¥{amount} (pre-paid)</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseSection</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="49"/>
        <source>Team&apos;s shared database</source>
        <translation>Team&apos;s shared database</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="71"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Leave empty to keep the saved password</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="73"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="78"/>
        <source>Several desks on one account keep one history here: reports, replies, opt-outs and campaigns. The password is kept in the system keyring. A change takes effect when juhe-desk starts again.</source>
        <translation>Several desks on one account keep one history here: reports, replies, opt-outs and campaigns. The password is kept in the system keyring. A change takes effect when juhe-desk starts again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="84"/>
        <source>Server (host)</source>
        <translation>Server (host)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="85"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="86"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="87"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="88"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="121"/>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="130"/>
        <source>The connection is encrypted (TLS).</source>
        <translation>The connection is encrypted (TLS).</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="131"/>
        <source>The connection is not encrypted: use it only on the shop&apos;s own network.</source>
        <translation>The connection is not encrypted: use it only on the shop&apos;s own network.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="133"/>
        <source>The database is empty: juhe-desk sets it up on first use.</source>
        <translation>The database is empty: juhe-desk sets it up on first use.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="135"/>
        <source>It is a juhe-desk team database.</source>
        <translation>It is a juhe-desk team database.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_database_section.py" line="136"/>
        <source>Connected to PostgreSQL {version}.</source>
        <translation>Connected to PostgreSQL {version}.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseUnavailable</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="29"/>
        <source>This desk keeps its history in the team&apos;s shared database {address}, so it does not start without it. Try again once the database can be reached, or quit.</source>
        <translation>This desk keeps its history in the team&apos;s shared database {address}, so it does not start without it. Try again once the database can be reached, or quit.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="38"/>
        <source>This desk keeps its history in the team database it hosts, so it does not start without it. Change its port, try again once the other program has let go of it, or quit.</source>
        <translation>This desk keeps its history in the team database it hosts, so it does not start without it. Change its port, try again once the other program has let go of it, or quit.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="45"/>
        <source>Team database</source>
        <translation>Team database</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="50"/>
        <source>Change &amp;port…</source>
        <translation>Change &amp;port…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="52"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/shared_unavailable.py" line="54"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SheetHistory</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="85"/>
        <source>Sent before</source>
        <translation>Sent before</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="85"/>
        <source>This sheet with this message was sent before: campaign “{name}”, created {time}. {went} of its {total} messages went out.</source>
        <translation>This sheet with this message was sent before: campaign “{name}”, created {time}. {went} of its {total} messages went out.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="92"/>
        <source>Start a new campaign that sends it to every row again?</source>
        <translation>Start a new campaign that sends it to every row again?</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="93"/>
        <source>Start a new campaign</source>
        <translation>Start a new campaign</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="95"/>
        <source>Don&apos;t send</source>
        <translation>Don&apos;t send</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="109"/>
        <source>scheduled for {time}</source>
        <translation>scheduled for {time}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="110"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="111"/>
        <source>not finished</source>
        <translation>not finished</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="112"/>
        <source>Not finished yet</source>
        <translation>Not finished yet</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="112"/>
        <source>This sheet with this message is already campaign “{name}”, created {time}, which is {state}: {pending} of its {total} messages are not sent yet.</source>
        <translation>This sheet with this message is already campaign “{name}”, created {time}, which is {state}: {pending} of its {total} messages are not sent yet.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="120"/>
        <source>Starting it again would send a second time to the numbers it reached. Resume it to send only what is left; to send every row again, cancel it first.</source>
        <translation>Starting it again would send a second time to the numbers it reached. Resume it to send only what is left; to send every row again, cancel it first.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="123"/>
        <source>Resume it</source>
        <translation>Resume it</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/sheet_history.py" line="123"/>
        <source>Send it now</source>
        <translation>Send it now</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="241"/>
        <source>another process</source>
        <translation>another process</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="241"/>
        <source>process {pid}</source>
        <translation>process {pid}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="242"/>
        <source>juhe-desk is already running</source>
        <translation>juhe-desk is already running</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/single_instance.py" line="242"/>
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
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="133"/>
        <source>Enter the account&apos;s password (Edit account…) to get statistics.</source>
        <translation>Enter the account&apos;s password (Edit account…) to get statistics.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="135"/>
        <source>Asking the gateway for statistics…</source>
        <translation>Asking the gateway for statistics…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="153"/>
        <source>No statistics: {reason}</source>
        <translation>No statistics: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="161"/>
        <source>No SMS sent in the last %Ln day(s).</source>
        <translation>
            <numerusform>No SMS sent in the last %Ln day.</numerusform>
            <numerusform>No SMS sent in the last %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="166"/>
        <source>%Ln SMS sent</source>
        <translation>
            <numerusform>%Ln SMS sent</numerusform>
            <numerusform>%Ln SMS sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="167"/>
        <source>{success} delivered, {fail} failed, {unknown} unknown</source>
        <translation>{success} delivered, {fail} failed, {unknown} unknown</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="170"/>
        <source>success rate {rate:.1f}%</source>
        <translation>success rate {rate:.1f}%</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="176"/>
        <source>Showing the figures from {time}.</source>
        <translation>Showing the figures from {time}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="179"/>
        <source>The gateway gives statistics only about once an hour, so it did not answer just now.</source>
        <translation>The gateway gives statistics only about once an hour, so it did not answer just now.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="181"/>
        <source>New figures can be fetched after {time}.</source>
        <translation>New figures can be fetched after {time}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="185"/>
        <source>Could not get new figures: {reason}</source>
        <translation>Could not get new figures: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="190"/>
        <source>Figures from {time}; the gateway is asked at most once an hour, next after {next}.</source>
        <translation>Figures from {time}; the gateway is asked at most once an hour, next after {next}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/pages/account_statistics.py" line="193"/>
        <source>Figures from {time}, just fetched from the gateway.</source>
        <translation>Figures from {time}, just fetched from the gateway.</translation>
    </message>
</context>
<context>
    <name>TeamHostDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="70"/>
        <source>Team database on this computer</source>
        <translation>Team database on this computer</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="97"/>
        <source>Looking at the team database…</source>
        <translation>Looking at the team database…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="104"/>
        <source>Desks that share one gateway account can share one history: opt-outs, templates, campaigns, delivery reports and replies. One computer keeps it for the team. It must be switched on, with juhe-desk open, while the others work. This desk works in it too from juhe-desk&apos;s next start; its history so far stays in its own data file.</source>
        <translation>Desks that share one gateway account can share one history: opt-outs, templates, campaigns, delivery reports and replies. One computer keeps it for the team. It must be switched on, with juhe-desk open, while the others work. This desk works in it too from juhe-desk&apos;s next start; its history so far stays in its own data file.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="114"/>
        <source>&amp;Set up the team database here</source>
        <translation>&amp;Set up the team database here</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="118"/>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="53"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="26"/>
        <source>Join the team</source>
        <translation>Join the team</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="29"/>
        <source>At each other desk, type this in Account settings, Team&apos;s shared database:</source>
        <translation>At each other desk, type this in Account settings, Team&apos;s shared database:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="41"/>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="48"/>
        <source>&amp;Copy what to type</source>
        <translation>&amp;Copy what to type</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="51"/>
        <source>Server (host):</source>
        <translation>Server (host):</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="54"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="55"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="56"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="137"/>
        <source>The first time, Windows may ask whether “postgres” may use the network: choose private networks and Allow (this may need an administrator once). Keep this computer on while the others work.</source>
        <translation>The first time, Windows may ask whether “postgres” may use the network: choose private networks and Allow (this may need an administrator once). Keep this computer on while the others work.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="143"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="145"/>
        <source>&amp;New password…</source>
        <translation>&amp;New password…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="148"/>
        <source>Change &amp;port…</source>
        <translation>Change &amp;port…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="151"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="181"/>
        <source>Setting up the team database (a few seconds)…</source>
        <translation>Setting up the team database (a few seconds)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="192"/>
        <source>Stopping the team database…</source>
        <translation>Stopping the team database…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="196"/>
        <source>Stop the team database? The other desks lose the shared data until it runs again (it starts with juhe-desk next time).</source>
        <translation>Stop the team database? The other desks lose the shared data until it runs again (it starts with juhe-desk next time).</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="198"/>
        <source>This desk too works in it: it cannot save or show anything until the database runs again.</source>
        <translation>This desk too works in it: it cannot save or show anything until the database runs again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="206"/>
        <source>Starting the team database…</source>
        <translation>Starting the team database…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="216"/>
        <source>Backing up the team database…</source>
        <translation>Backing up the team database…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="226"/>
        <source>Making a new password…</source>
        <translation>Making a new password…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="230"/>
        <source>Make a new password? The old one stops working at once: every other desk must join again with the new one.</source>
        <translation>Make a new password? The old one stops working at once: every other desk must join again with the new one.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="232"/>
        <source>This desk takes the new one when juhe-desk starts again: start it again afterwards.</source>
        <translation>This desk takes the new one when juhe-desk starts again: start it again afterwards.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="249"/>
        <source>The team database uses port {port} now: let the other desks join again with it.</source>
        <translation>The team database uses port {port} now: let the other desks join again with it.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="251"/>
        <source>This desk takes the new port when juhe-desk starts again: start it again afterwards.</source>
        <translation>This desk takes the new port when juhe-desk starts again: start it again afterwards.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="255"/>
        <source>Moving the team database to port {port}…</source>
        <translation>Moving the team database to port {port}…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="265"/>
        <source>Copied. Send it only to the people at your desks.</source>
        <translation>Copied. Send it only to the people at your desks.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="78"/>
        <source>Join the team (juhe-desk)</source>
        <translation>Join the team (juhe-desk)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="79"/>
        <source>Server (host): {name}</source>
        <translation>Server (host): {name}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="62"/>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="80"/>
        <source>or its address: {addresses}</source>
        <translation>or its address: {addresses}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="82"/>
        <source>Port: {port}</source>
        <translation>Port: {port}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="83"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="84"/>
        <source>User name: {name}</source>
        <translation>User name: {name}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="85"/>
        <source>Password: {password}</source>
        <translation>Password: {password}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="294"/>
        <source>Running on port {port}: the other desks can join and work.</source>
        <translation>Running on port {port}: the other desks can join and work.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="296"/>
        <source>Stopped: the other desks cannot reach the shared data.</source>
        <translation>Stopped: the other desks cannot reach the shared data.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="297"/>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="297"/>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="63"/>
        <source>(none found)</source>
        <translation>(none found)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_join_box.py" line="40"/>
        <source>not known here: make a new password</source>
        <translation>not known here: make a new password</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="319"/>
        <source>This desk works in it too.</source>
        <translation>This desk works in it too.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="321"/>
        <source>This desk works in it from juhe-desk&apos;s next start; its history so far stays in its own data file.</source>
        <translation>This desk works in it from juhe-desk&apos;s next start; its history so far stays in its own data file.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="323"/>
        <source>This desk keeps its own history. To work in the team database here too, type 127.0.0.1 and the details below in Account settings, Team&apos;s shared database.</source>
        <translation>This desk keeps its own history. To work in the team database here too, type 127.0.0.1 and the details below in Account settings, Team&apos;s shared database.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="339"/>
        <source>No backup yet: one is made every day while it runs, the last 7 kept in {folder}.</source>
        <translation>No backup yet: one is made every day while it runs, the last 7 kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_host_dialog.py" line="341"/>
        <source>Last backup: {time} (one a day, the last 7 kept in {folder}).</source>
        <translation>Last backup: {time} (one a day, the last 7 kept in {folder}).</translation>
    </message>
</context>
<context>
    <name>TeamPortDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="42"/>
        <source>Change the team database&apos;s port</source>
        <translation>Change the team database&apos;s port</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="43"/>
        <source>The team database uses port {port} now. Choose a port no other program uses. The other desks must then join again with the new port (Account settings, Team&apos;s shared database).</source>
        <translation>The team database uses port {port} now. Choose a port no other program uses. The other desks must then join again with the new port (Account settings, Team&apos;s shared database).</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="47"/>
        <source>This desk takes the new port when juhe-desk starts again: start it again afterwards.</source>
        <translation>This desk takes the new port when juhe-desk starts again: start it again afterwards.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="58"/>
        <source>Change port</source>
        <translation>Change port</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="66"/>
        <source>New port:</source>
        <translation>New port:</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="99"/>
        <source>Team database</source>
        <translation>Team database</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_port_dialog.py" line="95"/>
        <source>Changing the team database&apos;s port…</source>
        <translation>Changing the team database&apos;s port…</translation>
    </message>
</context>
<context>
    <name>TeamRestore</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="63"/>
        <source>Restore the team database from a backup</source>
        <translation>Restore the team database from a backup</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="64"/>
        <source>Choose the backup to go back to. Everything after it is replaced: you are asked once more before anything changes.</source>
        <translation>Choose the backup to go back to. Everything after it is replaced: you are asked once more before anything changes.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="79"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="90"/>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="90"/>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="91"/>
        <source>made before a restore</source>
        <translation>made before a restore</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="92"/>
        <source>{time} ({kind})</source>
        <translation>{time} ({kind})</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="120"/>
        <source>Looking for the backups…</source>
        <translation>Looking for the backups…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="126"/>
        <source>There is no backup to restore yet: one is made every day while the team database runs, or click “Back up now”.</source>
        <translation>There is no backup to restore yet: one is made every day while the team database runs, or click “Back up now”.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="140"/>
        <source>Replace the team&apos;s whole shared history with the backup of {time}?

Everything every desk did after {time} is lost: campaigns and what they sent, delivery reports, replies, templates, settings, and the opt-outs added since (those customers could then get messages again). Messages sent after {time} will look as if they were never sent: do not send them again.

Close juhe-desk at every other desk first. What the team database holds now is backed up before it is replaced.</source>
        <translation>Replace the team&apos;s whole shared history with the backup of {time}?

Everything every desk did after {time} is lost: campaigns and what they sent, delivery reports, replies, templates, settings, and the opt-outs added since (those customers could then get messages again). Messages sent after {time} will look as if they were never sent: do not send them again.

Close juhe-desk at every other desk first. What the team database holds now is backed up before it is replaced.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="149"/>
        <source>This window closes and opens again on the restored history.</source>
        <translation>This window closes and opens again on the restored history.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="153"/>
        <source>Replace with this backup</source>
        <translation>Replace with this backup</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="153"/>
        <source>Restore the team database?</source>
        <translation>Restore the team database?</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="154"/>
        <source>Keep the history as it is</source>
        <translation>Keep the history as it is</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="167"/>
        <source>Looking whether juhe-desk runs at other desks…</source>
        <translation>Looking whether juhe-desk runs at other desks…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="176"/>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="223"/>
        <source>Restoring the team database (this can take a few minutes)…</source>
        <translation>Restoring the team database (this can take a few minutes)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="201"/>
        <source>The team database was not restored</source>
        <translation>The team database was not restored</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="202"/>
        <source>juhe-desk is still open at: {desks}.

A restore replaces the history those desks work in, so it is only done while juhe-desk is closed at every other desk. Nothing was changed: the team&apos;s history is as it was.

Close juhe-desk at those desks (they lose nothing: what they did is saved), then click “Restore from a backup…” again.</source>
        <translation>juhe-desk is still open at: {desks}.

A restore replaces the history those desks work in, so it is only done while juhe-desk is closed at every other desk. Nothing was changed: the team&apos;s history is as it was.

Close juhe-desk at those desks (they lose nothing: what they did is saved), then click “Restore from a backup…” again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/team_restore.py" line="235"/>
        <source>The team database is back as it was at {time}. What it held just before is kept as the backup {name}. The other desks may start juhe-desk again.</source>
        <translation>The team database is back as it was at {time}. What it held just before is kept as the backup {name}. The other desks may start juhe-desk again.</translation>
    </message>
</context>
<context>
    <name>UncertainDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="54"/>
        <source>Uncertain batches</source>
        <translation>Uncertain batches</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="61"/>
        <source>The gateway did not answer for these batches, so juhe-desk cannot tell whether their messages went out. Under each batch: how many of its numbers got a delivery report after it was sent. Reports for most of them suggest it went; none after a long wait suggests it did not. A report cannot prove it, though: the same numbers may have got a message from elsewhere.

Did the batch go out? Choose “Send it again” only if you are sure it did not: otherwise these customers get the message twice.</source>
        <translation>The gateway did not answer for these batches, so juhe-desk cannot tell whether their messages went out. Under each batch: how many of its numbers got a delivery report after it was sent. Reports for most of them suggest it went; none after a long wait suggests it did not. A report cannot prove it, though: the same numbers may have got a message from elsewhere.

Did the batch go out? Choose “Send it again” only if you are sure it did not: otherwise these customers get the message twice.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="70"/>
        <source>It &amp;went (mark as sent)</source>
        <translation>It &amp;went (mark as sent)</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="72"/>
        <source>It did &amp;not go: send it again</source>
        <translation>It did &amp;not go: send it again</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="156"/>
        <source>Batch {seq}: %Ln number(s), sent at {time}</source>
        <translation>
            <numerusform>Batch {seq}: %Ln number, sent at {time}</numerusform>
            <numerusform>Batch {seq}: %Ln numbers, sent at {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="166"/>
        <source>No delivery report for its numbers yet.</source>
        <translation>No delivery report for its numbers yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="167"/>
        <source>Delivery reports after it was sent: %Ln of {total} number(s) ({delivered} delivered)</source>
        <translation>
            <numerusform>Delivery reports after it was sent: %Ln of {total} number ({delivered} delivered)</numerusform>
            <numerusform>Delivery reports after it was sent: %Ln of {total} numbers ({delivered} delivered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../juhe_desk/ui/importing/uncertain_dialog.py" line="171"/>
        <source>; %Ln of them came by push</source>
        <translation>
            <numerusform>; %Ln of them came by push</numerusform>
            <numerusform>; %Ln of them came by push</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../juhe_desk/ui/dialogs/user_guide.py" line="77"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="52"/>
        <source>The disk is full: juhe-desk cannot save its data. Free some disk space (delete files you no longer need, empty the recycle bin), then carry on.</source>
        <translation>The disk is full: juhe-desk cannot save its data. Free some disk space (delete files you no longer need, empty the recycle bin), then carry on.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="55"/>
        <source>The data folder cannot be written (it is read-only, or you may not write there): juhe-desk cannot save its data. Check that the disk is not write-protected and that you may write to the folder, then start juhe-desk again.</source>
        <translation>The data folder cannot be written (it is read-only, or you may not write there): juhe-desk cannot save its data. Check that the disk is not write-protected and that you may write to the folder, then start juhe-desk again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="60"/>
        <source>The data file is damaged: part of the history cannot be read. Use File › Restore from a backup… to go back to the latest backup; the damaged file is kept, nothing is deleted.</source>
        <translation>The data file is damaged: part of the history cannot be read. Use File › Restore from a backup… to go back to the latest backup; the damaged file is kept, nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="64"/>
        <source>The data file is in use by another program (another juhe-desk?). Close that program, then try again.</source>
        <translation>The data file is in use by another program (another juhe-desk?). Close that program, then try again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="66"/>
        <source>Reading or writing the data file failed: the disk may be failing, full or unplugged. Check the disk, then start juhe-desk again; the details are in the log file.</source>
        <translation>Reading or writing the data file failed: the disk may be failing, full or unplugged. Check the disk, then start juhe-desk again; the details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="76"/>
        <source>The team database cannot be reached (the network, or the computer holding it), so the send stopped before its next batch; it waits, and you resume it once the database is back.</source>
        <translation>The team database cannot be reached (the network, or the computer holding it), so the send stopped before its next batch; it waits, and you resume it once the database is back.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="80"/>
        <source>An unexpected error stopped the send; the details are in the log file.</source>
        <translation>An unexpected error stopped the send; the details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="82"/>
        <source>Every answer received was stored; the numbers not yet sent were not sent, and can be sent once the problem is solved.</source>
        <translation>Every answer received was stored; the numbers not yet sent were not sent, and can be sent once the problem is solved.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="85"/>
        <source>Some numbers may have received the message, but the gateway&apos;s answers could not be stored: they are uncertain. Do not send to them again; once the problem is solved and juhe-desk started again, wait for their delivery reports and check them in the Delivery reports tab.</source>
        <translation>Some numbers may have received the message, but the gateway&apos;s answers could not be stored: they are uncertain. Do not send to them again; once the problem is solved and juhe-desk started again, wait for their delivery reports and check them in the Delivery reports tab.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="96"/>
        <source>{reason} {outcome}</source>
        <translation>{reason} {outcome}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="101"/>
        <source>The file cannot be opened: permission denied. Close it in other programs or choose another folder.</source>
        <translation>The file cannot be opened: permission denied. Close it in other programs or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="104"/>
        <source>The file was not found. It may have been moved or deleted.</source>
        <translation>The file was not found. It may have been moved or deleted.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="106"/>
        <source>The disk is full: the file could not be written. Free some disk space (delete files you no longer need, empty the recycle bin) or choose another disk.</source>
        <translation>The disk is full: the file could not be written. Free some disk space (delete files you no longer need, empty the recycle bin) or choose another disk.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="110"/>
        <source>This place cannot be written (the disk is read-only): {path}. Choose another folder.</source>
        <translation>This place cannot be written (the disk is read-only): {path}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="112"/>
        <source>A file or network operation failed: {reason}</source>
        <translation>A file or network operation failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="45"/>
        <source>Something unexpected went wrong; the details are in the log file. Nothing was lost: please try again.</source>
        <translation>Something unexpected went wrong; the details are in the log file. Nothing was lost: please try again.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/errors.py" line="92"/>
        <source>%Ln number(s) may have received the message, but the gateway&apos;s answers could not be stored: they are uncertain. Do not send to them again; once the problem is solved and juhe-desk started again, wait for their delivery reports and check them in the Delivery reports tab.</source>
        <translation>%Ln number(s) may have received the message, but the gateway&apos;s answers could not be stored: they are uncertain. Do not send to them again; once the problem is solved and juhe-desk started again, wait for their delivery reports and check them in the Delivery reports tab.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../juhe_desk/ui/startup.py" line="115"/>
        <source>Connecting to the team&apos;s shared database…</source>
        <translation>Connecting to the team&apos;s shared database…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/startup.py" line="158"/>
        <source>Upgrading the data file (a backup is made first)…</source>
        <translation>Upgrading the data file (a backup is made first)…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/startup.py" line="208"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/startup.py" line="209"/>
        <source>The backup of {date} was restored; the damaged file was kept aside in the data folder.</source>
        <translation>The backup of {date} was restored; the damaged file was kept aside in the data folder.</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/startup.py" line="219"/>
        <source>A new, empty data file was started; the damaged one was kept as {name} in the data folder.</source>
        <translation>A new, empty data file was started; the damaged one was kept as {name} in the data folder.</translation>
    </message>
</context>
<context>
    <name>team_hosting</name>
    <message>
        <location filename="../../juhe_desk/ui/team_hosting.py" line="138"/>
        <source>Starting the team database…</source>
        <translation>Starting the team database…</translation>
    </message>
    <message>
        <location filename="../../juhe_desk/ui/team_hosting.py" line="141"/>
        <source>The team database did not start</source>
        <translation>The team database did not start</translation>
    </message>
</context>
</TS>
