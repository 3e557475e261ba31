;;; codepal.el --- CodePal through Eglot  -*- lexical-binding: t; -*-

;; Load this file (or copy its forms into your init file), then `M-x eglot' in a Python,
;; JavaScript or TypeScript buffer, or let `eglot-ensure' start it from the hooks below.
;; Eglot is part of Emacs 29; on Emacs 26-28 install it from GNU ELPA.
;;
;; The language ids are spelled out because Eglot's guess from the mode name gives "js" for
;; js-mode, which CodePal (and the LSP specification) call "javascript".

;;; Code:

(require 'eglot)

(defgroup codepal nil "CodePal language server." :group 'tools)

(defcustom codepal-command '("codepal" "serve")
  "How to start CodePal; add \"--log-file\" \"/tmp/codepal.log\" when something looks wrong."
  :type '(repeat string))

(defconst codepal-modes
  '((python-mode :language-id "python")
    (python-ts-mode :language-id "python")
    (js-mode :language-id "javascript")
    (js-ts-mode :language-id "javascript")
    (js-jsx-mode :language-id "javascriptreact")
    (typescript-mode :language-id "typescript")
    (typescript-ts-mode :language-id "typescript")
    (tsx-ts-mode :language-id "typescriptreact")
    (go-mode :language-id "go")
    (go-ts-mode :language-id "go")
    (java-mode :language-id "java")
    (java-ts-mode :language-id "java")
    (c-mode :language-id "c")
    (c-ts-mode :language-id "c")
    (c++-mode :language-id "cpp")
    (c++-ts-mode :language-id "cpp")
    (ruby-mode :language-id "ruby")
    (ruby-ts-mode :language-id "ruby")
    (php-mode :language-id "php")
    (php-ts-mode :language-id "php")
    (csharp-mode :language-id "csharp")
    (csharp-ts-mode :language-id "csharp")
    (rust-mode :language-id "rust")
    (rust-ts-mode :language-id "rust"))
  "Major modes CodePal serves, with the LSP language id of each.")

(add-to-list 'eglot-server-programs
             (cons codepal-modes (lambda (&rest _) codepal-command)))

(defun codepal-learning-report ()
  "Ask CodePal for the learning report (when the server offers it)."
  (interactive)
  (let ((server (eglot-current-server)))
    (unless server (user-error "No Eglot server in this buffer"))
    (if (not (seq-contains-p (plist-get (plist-get (eglot--capabilities server) :executeCommandProvider) :commands)
                             "codepal.showLearningReport"))
        (message "This CodePal does not offer a learning report yet")
      (let ((report (jsonrpc-request server :workspace/executeCommand
                                     `(:command "codepal.showLearningReport"
                                       :arguments [,(eglot--path-to-uri (buffer-file-name))]))))
        (when report
          (with-help-window "*CodePal learning report*"
            (princ (if (stringp report) report (format "%S" report)))))))))

(dolist (hook '(python-mode-hook python-ts-mode-hook js-mode-hook js-ts-mode-hook
                typescript-mode-hook typescript-ts-mode-hook tsx-ts-mode-hook go-mode-hook go-ts-mode-hook
                java-mode-hook java-ts-mode-hook
                ruby-mode-hook ruby-ts-mode-hook php-mode-hook php-ts-mode-hook
                csharp-mode-hook csharp-ts-mode-hook
                rust-mode-hook rust-ts-mode-hook))
  (add-hook hook #'eglot-ensure))

(provide 'codepal)
;;; codepal.el ends here
