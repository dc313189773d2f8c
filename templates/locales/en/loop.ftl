### innerpulse — closing the loop: actions, conversations, thanks, English.
### Plain text only: the templates add all markup. Counts ($count, $k, $max, $per_day) are numbers.

nav-conversations = Conversations
nav-recognition = Recognition

## "You said, we did" (survey page and emails)

loop-survey-actions-intro = What { $provider } has done with your colleagues’ feedback:
loop-email-actions-intro = What the departments have done with your feedback since the last survey:

## Thank-you page

loop-conversation-open = Open your conversation
loop-conversation-copy = Link to bookmark or copy

## Conversation pages

loop-conversations-title = Conversations
loop-conversations-intro = Replies between your department and colleagues who left a comment. Nobody — you included — can see who wrote a comment.
loop-conversations-all = All conversations
loop-conversations-awaiting = Awaiting your reply
loop-conversations-none-awaiting = No conversation is waiting for a reply.
loop-conversations-empty = No conversations yet. Open a comment on a results page and reply to start one.
loop-col-service = Service
loop-col-round = Survey round
loop-col-messages = Messages
loop-col-state = State
loop-marker-unread = New reply
loop-marker-awaiting = Awaiting reply
loop-marker-closed = Ended
loop-no-messages = No messages yet.
loop-message-pending = Reaches { $provider } tomorrow, together with the other messages of today, so that nobody can tell when you wrote it.
loop-conversation-staff-title = Comment on { $service }
loop-the-comment = The comment
loop-anonymous-note = Written anonymously. Please do not try to find out who wrote it; reply to the content.
loop-messages = Messages
loop-from-colleague = Colleague (anonymous)
loop-staff-delay-note = Messages from the colleague, and their ending of the conversation, appear here the day after they were written, so that their timing cannot reveal who wrote them.
loop-reply-label = Your reply
loop-reply-help = Plain text, at most { $max } characters. Your department can send { $per_day } messages a day in this conversation.
loop-respondent-reply-help = Plain text, at most { $max } characters, { $per_day } messages a day. Leave out your name and anything that could identify you.
loop-conversation-ended-staff = This conversation has ended. No more messages can be sent.
loop-close-title = End this conversation?
loop-close-staff-text = After this, neither your department nor the colleague can write in the conversation about { $service }. The messages stay readable.
loop-close-respondent-text = After this, neither you nor the department can write in the conversation about { $service }. The messages stay readable with your link.
loop-your-comment = Your comment
loop-bookmark-reminder = Keep this page’s address: it is your only way back to this conversation and cannot be sent to you again.
loop-conversation-unknown-title = Conversation not open yet
loop-conversation-unknown-text = Comments stay sealed until the survey round closes and enough colleagues have answered about the service; the conversation opens then, at this same link. If the round has closed some time ago, check that you copied the complete link.
loop-message-empty = Please write a message.
loop-message-too-long = Please shorten your message to { $max } characters or fewer.
loop-rate-limited-respondent = You can send at most { $max } messages a day in this conversation. Please come back tomorrow; your text is still in the box below.
loop-rate-limited-staff = Your department can send at most { $max } messages a day in this conversation. Please try again tomorrow; your text is still in the box below.

## Actions

loop-actions-title = Actions
loop-actions-for = Actions for { $service }
loop-actions-intro = What the providing departments have committed to in response to their internal customers’ feedback. Customers see new actions and their status in the next survey.
loop-action-record = Record an action
loop-action-created = The action has been recorded. Its customers will see it in the next survey.
loop-action-updated = The action has been saved.
loop-action-deleted = The action has been deleted.
loop-action-translated = The translations have been saved.
loop-actions-overdue-count =
    { $count ->
        [one] { $count } action is overdue.
       *[other] { $count } actions are overdue.
    }
loop-actions-show-overdue = Show overdue actions
loop-action-status = Status
loop-actions-any-status = Any status
loop-actions-overdue-only = Only overdue actions
loop-actions-empty = No actions yet.
loop-actions-empty-service = No actions for this service yet. Record what you will do about the feedback, so that your customers see it moved something.
loop-actions-count =
    { $count ->
        [one] { $count } action
       *[other] { $count } actions
    }
loop-action-overdue = Overdue
loop-action-owner = Responsible department
loop-action-topic = About
loop-topic-service = The service as a whole
loop-action-due-on = Due
loop-action-recorded-by = Recorded by
loop-action-translations = Translations
loop-action-set-status = Set status
loop-action-translate = Translate
loop-action-edit-title = Edit action
loop-action-form-intro = Say briefly what you will change. Customers of this service see the title and status in their next survey.
loop-action-title-label = Title
loop-action-description-label = Description
loop-action-visible-note = The title and status are shown to this service’s customers in the next survey round, in their language when you add a translation.
loop-action-delete-title = Delete this action?
loop-action-delete-text = The action and its translations are deleted and no longer shown to customers. This cannot be undone.
loop-action-translations-title = Translations
loop-action-translations-intro = Customers see the title in their own language when a translation exists, otherwise as recorded. Leave a language empty to remove its translation.
err-action-title = Please enter a title of 1 to 200 characters.
err-action-description = Please shorten the description to 4,000 characters or fewer.
err-action-owner = Please choose an existing department.
err-action-status = Please choose planned, in progress or done.
err-action-due-on = Please enter the due day as a date (YYYY-MM-DD), or leave it empty.
err-action-topic = Please choose the service, a dimension or an existing question.

## Thanks

loop-thanks-title = What your internal customers thanked you for
loop-thanks-intro = Thanks that colleagues wrote in the surveys, without names or dates.
loop-thanks-gate =
    { $k ->
        [one] Thanks appear once a survey round has closed with at least { $k } answer for the service.
       *[other] Thanks appear once a survey round has closed with at least { $k } answers for the service.
    }
loop-thanks-department = Department
loop-thanks-all-departments = All departments
loop-thanks-empty = No thanks to show yet.
loop-thanks-count =
    { $count ->
        [one] { $count } thanks
       *[other] { $count } thanks
    }
loop-thanks-is-shared = Shared with the organisation
loop-thanks-share = Share with the organisation
loop-thanks-unshare = Stop sharing
loop-thanks-share-title = Share this thanks with the whole organisation?
loop-thanks-unshare-title = Stop sharing this thanks?
loop-thanks-share-text = Every staff member will see this text on the recognition page, with the service and the month. Make sure it does not reveal who wrote it.
loop-thanks-unshare-text = The thanks is removed from the recognition page. The department still sees it.
loop-thanks-already-shared = This thanks is already shared.
loop-thanks-not-shared = This thanks is not shared.
loop-thanks-shared-notice = The thanks is now shown on the recognition page.
loop-thanks-unshared-notice = The thanks is no longer shown on the recognition page.
loop-recognition-title = Recognition
loop-recognition-intro = Thanks that colleagues wrote about the services of other departments, shared by HR.
loop-recognition-empty = Nothing shared yet.
loop-recognition-for = For { $service } ({ $provider })
