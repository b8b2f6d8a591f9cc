/**
 * Reading the body of a submitted form: the rules of each input ({@link dev.crmcards.form.FormInput})
 * and one body's values, checked ({@link dev.crmcards.form.FormReader}). Generated card classes use
 * them to turn a FORM action's JSON body into the form record, with every {@code @Input} rule
 * applied; nothing here reflects on the form.
 */
package dev.crmcards.form;
