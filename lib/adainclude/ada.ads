--  Ada (RM A.2): the root of the predefined library units.
package Ada is
   pragma Pure (Ada);
end Ada;
