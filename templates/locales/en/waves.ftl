### innerpulse — survey rounds (waves) and delivery pages for HR, English.

waves-title = Survey rounds: { $cycle }
waves-intro = Each round invites the internal customers of this cycle by email. Counts only: nobody can see who answered.
waves-back-to-cycle = Back to the cycle
waves-open-now = Open a round now
waves-open-now-help = Opens a new round immediately, whatever the schedule, and emails the invitations on the next scheduler pass. Useful for a test run.
waves-opened = A new round has been opened. Its invitations are being sent.
waves-empty = No rounds yet. The first one opens on the cycle’s schedule, or open one now.
waves-times-in = Times in { $timezone }.
waves-col-state = State
waves-col-opens = Opens
waves-col-closes = Closes
wave-state-scheduled = Scheduled
wave-state-open = Open
wave-state-closed = Closed

delivery-title = Delivery of invitations
delivery-intro = Invitation emails of the open survey rounds and of recent touchpoints.
delivery-invited = invited
delivery-pending = waiting to be sent
delivery-delivered = delivered
delivery-failed = failed
delivery-answered = answered
delivery-answered-note = Answers are only counted. Nobody — not HR either — can see who answered.
delivery-failed-heading = Invitations that could not be delivered
delivery-failed-none = No failed invitations: everything was delivered or is on its way.
delivery-col-email = Employee
delivery-col-kind = Kind
delivery-col-attempts = Attempts
delivery-col-reason = Reason
invitation-kind-wave = Survey round
invitation-kind-touchpoint = Touchpoint
delivery-retry-button = Retry failed invitations
delivery-retry-confirm-title = Retry the failed invitations?
delivery-retry-confirm-text =
    { $count ->
        [one] { $count } failed invitation will be sent again, with a fresh set of attempts. Fix the cause first (for example the mail server settings or the employee’s address).
       *[other] { $count } failed invitations will be sent again, with a fresh set of attempts. Fix the cause first (for example the mail server settings or the employees’ addresses).
    }
delivery-retry-confirm = Yes, send them again
delivery-retried =
    { $count ->
        [one] { $count } invitation was put back in the queue.
       *[other] { $count } invitations were put back in the queue.
    }
